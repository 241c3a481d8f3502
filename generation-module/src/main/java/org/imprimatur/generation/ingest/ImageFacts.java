package org.imprimatur.generation.ingest;

import java.util.Objects;
import java.util.Optional;

import org.imprimatur.spi.image.PerceptualHash;

/**
 * What an image says about itself and its making, for the image check and the disclosure label.
 *
 * @param width              in pixels, or 0 when the file does not say
 * @param height             in pixels, or 0 when the file does not say
 * @param contentCredentials whether the file embeds a C2PA manifest store (Content Credentials); present, not verified
 * @param digitalSourceType  the IPTC digital source type from its XMP, e.g.
 *                           {@code http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia}; "" when absent
 * @param software           the tool that made or last saved it (XMP CreatorTool, else EXIF Software); "" when absent
 * @param perceptualHash     its {@link PerceptualHash} as 16 hex digits, for finding near-duplicates; "" when the JDK
 *                           cannot decode the picture
 */
public record ImageFacts(int width, int height, boolean contentCredentials, String digitalSourceType, String software,
                         String perceptualHash) {

    public ImageFacts {
        Objects.requireNonNull(digitalSourceType, "digitalSourceType");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(perceptualHash, "perceptualHash");
    }

    /** The perceptual hash, if there is one. */
    public Optional<PerceptualHash> hash() {
        return perceptualHash.isEmpty() ? Optional.empty() : Optional.of(PerceptualHash.ofHex(perceptualHash));
    }
}
