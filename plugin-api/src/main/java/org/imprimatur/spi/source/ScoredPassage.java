package org.imprimatur.spi.source;

import java.util.Objects;

/**
 * A passage found by a search, with how well it matches.
 *
 * @param passage the passage
 * @param score   the match, in [0, 1]; higher is better
 */
public record ScoredPassage(Passage passage, double score) {

    public ScoredPassage {
        Objects.requireNonNull(passage, "passage");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A passage score lies in [0, 1], not " + score);
        }
    }
}
