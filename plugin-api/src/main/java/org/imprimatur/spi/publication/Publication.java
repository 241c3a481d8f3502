package org.imprimatur.spi.publication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;

/**
 * A released item on its way out, exactly as readers get it: the text with its visible disclosure line and credits,
 * the machine-readable record, and for an image the picture with its label embedded.
 *
 * @param item           the item as released; {@link ContentItemView#disclosure()} holds the label decided for it
 * @param revision       the approved revision being released
 * @param text           what readers see: the body (for an image, its caption), then the disclosure line, then the
 *                       credits block when any source is credited
 * @param disclosureLine the human-readable disclosure line, as it appears in {@code text}
 * @param credits        one credit line per source, as they appear in {@code text}
 * @param jsonLd         the schema.org JSON-LD record: the work, its creators (the AI system and the responsible
 *                       editor), its sources as citations, and the disclosure statement
 * @param image          for an image, the picture with the label embedded as XMP; empty for an article
 * @param sha256         the digest of what is published: the UTF-8 bytes of {@code text} for an article, the
 *                       picture's bytes for an image
 * @param releasedBy     the user name of the publisher
 * @param releasedAt     when the release was recorded
 */
public record Publication(ContentItemView item, RevisionView revision, String text, String disclosureLine,
                          List<String> credits, String jsonLd, Optional<PublishedImage> image, Sha256 sha256,
                          String releasedBy, Instant releasedAt) {

    public Publication {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(disclosureLine, "disclosureLine");
        credits = List.copyOf(credits);
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(releasedBy, "releasedBy");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
