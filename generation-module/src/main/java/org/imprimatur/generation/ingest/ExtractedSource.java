package org.imprimatur.generation.ingest;

import java.util.Map;
import java.util.Objects;

import org.imprimatur.spi.content.Sha256;

/**
 * The text and facts taken from one source file.
 *
 * @param title     the document's own title, else the file name it came with
 * @param mediaType the media type it was parsed as, without parameters, e.g. {@code application/pdf}
 * @param text      the extracted plain text; "" for images
 * @param metadata  Tika's metadata (author, dates, EXIF…), multiple values joined by "; ", sorted by name
 * @param sha256    the digest of the original bytes
 * @param byteSize  the size of the original bytes
 * @param image     what the image says about itself, or {@code null} when the source is not an image
 */
public record ExtractedSource(String title, String mediaType, String text, Map<String, String> metadata, Sha256 sha256,
                              long byteSize, ImageFacts image) {

    public ExtractedSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(sha256, "sha256");
    }
}
