package org.imprimatur.app.rest;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.imprimatur.app.publication.StoredPublication;

/**
 * What an item's release published, as the built-in store keeps it.
 *
 * @param text           what readers got: the body (or caption), the disclosure line, the credits block
 * @param disclosureLine the visible disclosure line
 * @param credits        one line per credited source
 * @param jsonLd         the schema.org JSON-LD record
 * @param mediaType      for an image, the published picture's type (fetch it from {@code …/publication/image})
 * @param sha256         the digest of what was published: the text's UTF-8 bytes, or the labelled picture's bytes
 */
public record PublicationDocument(String itemId, int revision, String kind, String title, String text,
                                  String disclosureLine, List<String> credits, JsonObject jsonLd, String mediaType,
                                  String sha256, String publishedBy, Instant publishedAt) {

    static PublicationDocument of(StoredPublication stored) {
        return new PublicationDocument(stored.itemId(), stored.revision(), stored.kind(), stored.title(),
                stored.text(), stored.disclosureLine(), stored.credits(), stored.jsonLd(),
                stored.image().map(image -> image.mediaType()).orElse(null), stored.sha256().hex(),
                stored.publishedBy(), stored.publishedAt());
    }
}
