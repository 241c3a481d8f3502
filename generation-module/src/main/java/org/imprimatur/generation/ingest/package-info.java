/**
 * Source ingestion: files and URLs an editor attaches, taken in safely.
 *
 * <p>{@link org.imprimatur.generation.ingest.SourceExtractor} turns a file's bytes into an
 * {@link org.imprimatur.generation.ingest.ExtractedSource} (text and metadata through Apache Tika, SHA-256, size, and
 * for images {@link org.imprimatur.generation.ingest.ImageFacts}); {@link org.imprimatur.generation.ingest.SafeUrlFetcher}
 * fetches a URL's bytes for it without letting the URL reach the server's own network
 * ({@link org.imprimatur.generation.ingest.AddressPolicy}). Both refuse what they will not take with a
 * {@link org.imprimatur.generation.ingest.SourceRejectedException} whose reason maps to an HTTP client error.
 * Language detection and sentence splitting are the {@code nlp} module's, applied to the extracted text afterwards.
 */
package org.imprimatur.generation.ingest;
