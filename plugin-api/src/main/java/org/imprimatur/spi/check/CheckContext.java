package org.imprimatur.spi.check;

import java.util.List;
import java.util.Optional;

import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.image.PictureFacts;
import org.imprimatur.spi.image.SimilarImage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/**
 * What a check may consult besides the revision itself. It grows by adding methods, never by changing
 * {@link ContentCheck#check}.
 */
public interface CheckContext {

    /** The sources the item was generated from, in the order the editor attached them. */
    List<SourceDocument> sources();

    /** The sources' stored sentences, with search over them; nothing here embeds a source again. */
    SourcePassages passages();

    /** The picture of an image revision, as read when it was stored; empty for an article. */
    default Optional<PictureFacts> picture() {
        return Optional.empty();
    }

    /**
     * The stored pictures — image sources and the pictures of other image items stored before this revision's —
     * whose perceptual hash lies within {@code maxDistance} bits of {@code hash}, nearest first.
     */
    default List<SimilarImage> imagesNear(PerceptualHash hash, int maxDistance) {
        return List.of();
    }

    /**
     * The item the revision belongs to, as it is when the checks start (its desk, its disclosure label); empty for
     * ad-hoc checks of text that is no item.
     */
    default Optional<ContentItemView> item() {
        return Optional.empty();
    }
}
