/**
 * The image check: an AI picture's provenance markers (IPTC digital source type, Content Credentials) and the stored
 * pictures it near-duplicates. {@link org.imprimatur.checks.image.ImageCheck} is the check; {@code DigitalSourceType}
 * reads the IPTC vocabulary, {@code ProvenanceMarkers} and {@code NearDuplicates} make its findings.
 */
package org.imprimatur.checks.image;
