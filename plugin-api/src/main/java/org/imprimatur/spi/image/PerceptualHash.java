package org.imprimatur.spi.image;

import java.util.HexFormat;

/**
 * A 64-bit perceptual hash of a picture: pictures that look alike have hashes that differ in few bits, whatever
 * their encoding, size or slight changes of colour. Two hashes are compared by their {@link #distanceTo Hamming
 * distance}: 0 for the same picture, about 32 for unrelated ones.
 *
 * @param bits the hash
 */
public record PerceptualHash(long bits) {

    /** The number of bits that differ, 0 to 64. */
    public int distanceTo(PerceptualHash other) {
        return Long.bitCount(bits ^ other.bits);
    }

    /** The hash as 16 lower-case hex digits. */
    public String hex() {
        return HexFormat.of().toHexDigits(bits);
    }

    /**
     * The hash these 16 hex digits spell.
     *
     * @throws IllegalArgumentException if they are not 16 hex digits
     */
    public static PerceptualHash ofHex(String hex) {
        if (hex == null || hex.length() != 16) {
            throw new IllegalArgumentException("A perceptual hash is 16 hex digits, not '" + hex + "'");
        }
        return new PerceptualHash(HexFormat.fromHexDigitsToLong(hex));
    }

    @Override
    public String toString() {
        return hex();
    }
}
