/**
 * The built-in ContentCheck implementations (fact, toxicity, originality, disclosure, image), each a chain of small, separately tested signals.
 *
 * <p>Empty until its issue lands; the module exists so that the build, the dependency rules and the deployable
 * already have its place.
 */
package org.imprimatur.checks;
