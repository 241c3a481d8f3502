package org.imprimatur.generation.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * What a URL answered, to hand to {@link SourceExtractor}.
 *
 * @param finalUrl    the URL the body came from, after redirects: the source's origin
 * @param contentType the {@code Content-Type} the server declared, or "" (the extractor detects by content anyway)
 * @param bytes       the body, content encoding removed
 * @param fileName    the final URL's last path segment, or its host when the path has none
 */
public record FetchedDocument(URI finalUrl, String contentType, byte[] bytes, String fileName) {

    public FetchedDocument {
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
    }
}
