package org.imprimatur.spi.publication;

/**
 * A target's acknowledgement.
 *
 * @param targetId   the {@link PublicationTarget#id()}
 * @param externalId what the target calls the published item (a CMS id, a URL); empty if it has none
 */
public record PublicationReceipt(String targetId, String externalId) {
}
