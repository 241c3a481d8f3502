package org.imprimatur.spi.drafting;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.source.Attribution;

/**
 * A generated article, before review.
 *
 * @param title        the proposed headline
 * @param body         the article text
 * @param attributions which spans of {@code body} came from which source passages
 * @param modelCard    what generated it
 */
public record Draft(String title, String body, List<Attribution> attributions, ModelCard modelCard) {

    public Draft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(modelCard, "modelCard");
        attributions = List.copyOf(attributions);
    }
}
