package org.imprimatur.spi.image;

import java.util.Objects;

import org.imprimatur.spi.content.ModelCard;

/**
 * A generated image, before review.
 *
 * @param mediaType the image's media type, e.g. {@code image/png}
 * @param bytes     the encoded image; callers must not modify the array
 * @param modelCard what generated it
 */
public record GeneratedImage(String mediaType, byte[] bytes, ModelCard modelCard) {

    public GeneratedImage {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(modelCard, "modelCard");
    }
}
