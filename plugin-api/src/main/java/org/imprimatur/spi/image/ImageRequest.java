package org.imprimatur.spi.image;

import java.util.Objects;

/**
 * A request for one image.
 *
 * @param prompt    what to depict
 * @param width     width in pixels
 * @param height    height in pixels
 * @param requester the user name of the editor asking
 */
public record ImageRequest(String prompt, int width, int height, String requester) {

    public ImageRequest {
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("An image request needs a prompt");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("An image needs a positive size, not " + width + "x" + height);
        }
        Objects.requireNonNull(requester, "requester");
    }
}
