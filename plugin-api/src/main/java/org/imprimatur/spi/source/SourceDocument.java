package org.imprimatur.spi.source;

import java.util.Map;
import java.util.Objects;

import org.imprimatur.spi.content.Sha256;

/**
 * A source an editor attached: its extracted text and where it came from. The text is what drafting quotes and
 * checks compare against; the digest identifies the original bytes.
 *
 * @param id        the source's id
 * @param title     the document's title, or its file name
 * @param mediaType the detected media type of the original, e.g. {@code application/pdf}
 * @param language  the detected language of its text, as an ISO 639-1 code, or {@code und} when unknown
 * @param sha256    the digest of the original bytes
 * @param origin    the file name, final URL or CMS id it came from
 * @param text      the extracted plain text
 * @param metadata  extracted metadata (author, dates, …)
 * @param rights    what the newsroom may do with it
 */
public record SourceDocument(String id, String title, String mediaType, String language, Sha256 sha256, String origin, String text,
                             Map<String, String> metadata, SourceRights rights) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        language = language == null || language.isBlank() ? "und" : language;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        rights = rights == null ? SourceRights.UNKNOWN : rights;
    }
}
