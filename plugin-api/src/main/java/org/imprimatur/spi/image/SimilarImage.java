package org.imprimatur.spi.image;

import java.util.Objects;

import org.imprimatur.spi.source.SourceRights;

/**
 * A stored picture that looks like the one being checked: an image source an editor attached, or the picture of an
 * earlier image item.
 *
 * @param kind     which of the two it is
 * @param id       the source's or the item's id
 * @param title    the source's title, or the item's caption
 * @param distance the Hamming distance between the two {@link PerceptualHash perceptual hashes}
 * @param rights   what the newsroom may do with a source; {@link SourceRights#UNKNOWN} for an item
 */
public record SimilarImage(Kind kind, String id, String title, int distance, SourceRights rights) {

    public SimilarImage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rights, "rights");
        if (distance < 0 || distance > 64) {
            throw new IllegalArgumentException("A Hamming distance of 64-bit hashes lies in [0, 64], not " + distance);
        }
    }

    /** Where a similar picture is stored. */
    public enum Kind {
        /** An image source: someone else's picture, used under its rights. */
        SOURCE,
        /** The picture of another image item. */
        ITEM
    }
}
