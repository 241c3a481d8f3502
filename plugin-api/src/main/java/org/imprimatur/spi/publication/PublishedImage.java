package org.imprimatur.spi.publication;

import java.util.Objects;

/**
 * A picture as published: its bytes, with the disclosure label embedded as XMP.
 *
 * @param mediaType e.g. {@code image/jpeg}
 * @param bytes     the file; the record keeps its own copy
 */
public record PublishedImage(String mediaType, byte[] bytes) {

    public PublishedImage {
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    /** A copy of the file's bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
