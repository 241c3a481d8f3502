package org.imprimatur.app.rest;

import java.time.Instant;
import java.util.Map;

import org.imprimatur.generation.sources.Source;

/**
 * A source as the API shows it. The extracted text and its passages are at {@code /sources/{id}/passages}.
 *
 * @param passages how many sentences it was cut into, each embedded once
 * @param image    what Tika read from an image's metadata (size, C2PA, IPTC digital source type); empty otherwise
 */
public record SourceView(String id, String title, String mediaType, String language, String sha256, long byteSize,
                         String origin, int passages, RightsDocument rights, Map<String, String> metadata,
                         Map<String, Object> image, String createdBy, Instant createdAt) {

    static SourceView of(Source source) {
        return new SourceView(source.id(), source.title(), source.mediaType(), source.language(),
                source.sha256().hex(), source.byteSize(), source.origin(), source.passageCount(),
                RightsDocument.of(source.rights()), source.metadata(), source.imageFacts(), source.createdBy(),
                source.createdAt());
    }
}
