/**
 * Source ingestion (Apache Tika, safe URL fetching) and the built-in drafting and image providers. Everything it generates enters review through the workflow; nothing here can bypass it.
 *
 * <p>Empty until its issue lands; the module exists so that the build, the dependency rules and the deployable
 * already have its place.
 */
package org.imprimatur.generation;
