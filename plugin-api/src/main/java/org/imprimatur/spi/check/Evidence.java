package org.imprimatur.spi.check;

import java.util.Objects;

/**
 * The source passage a verdict rests on.
 *
 * @param sourceId the source's id
 * @param passage  where in the source's text the passage is
 * @param excerpt  the passage text, so a reviewer sees it without opening the source
 * @param score    how strongly it bears on the finding, in [0, 1]
 */
public record Evidence(String sourceId, Span passage, String excerpt, double score) {

    public Evidence {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(excerpt, "excerpt");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("An evidence score lies in [0, 1], not " + score);
        }
    }
}
