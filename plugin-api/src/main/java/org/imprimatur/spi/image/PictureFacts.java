package org.imprimatur.spi.image;

import java.util.Objects;
import java.util.Optional;

/**
 * What the picture of an image item says about itself and its making, as read from the file when it was stored.
 *
 * @param mediaType          e.g. {@code image/png}
 * @param width              in pixels, or 0 when the file does not say
 * @param height             in pixels, or 0 when the file does not say
 * @param contentCredentials whether the file embeds a C2PA manifest store; present, not verified
 * @param digitalSourceType  the IPTC digital source type from its XMP, e.g.
 *                           {@code http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia}; "" when absent
 * @param software           the tool that made or last saved it (XMP CreatorTool, else EXIF Software); "" when absent
 * @param perceptualHash     its perceptual hash; empty when the picture could not be decoded to compute one
 */
public record PictureFacts(String mediaType, int width, int height, boolean contentCredentials,
                           String digitalSourceType, String software, Optional<PerceptualHash> perceptualHash) {

    public PictureFacts {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(digitalSourceType, "digitalSourceType");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(perceptualHash, "perceptualHash");
    }
}
