/**
 * Release to publication: what a released item becomes for its readers (text with disclosure line and credits,
 * JSON-LD, labelled picture), the built-in {@code store} target that keeps it, and delivery to the other installed
 * {@link org.imprimatur.spi.publication.PublicationTarget}s.
 */
package org.imprimatur.app.publication;
