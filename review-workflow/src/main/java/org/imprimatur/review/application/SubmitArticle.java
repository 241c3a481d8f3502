package org.imprimatur.review.application;

import java.util.List;

import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.source.Attribution;

/**
 * A request to put AI-generated content into review.
 *
 * @param kind         article or image
 * @param desk         the desk that reviews it; blank for the default desk
 * @param title        the headline
 * @param body         the text
 * @param modelCard    what generated it
 * @param attributions where each sentence of the body came from; empty when the generator could not say
 * @param depictsPeople whether an image shows people, which may raise the approvals it needs
 */
public record SubmitArticle(ContentKind kind, String desk, String title, String body, ModelCard modelCard,
                            List<Attribution> attributions, boolean depictsPeople) {

    public SubmitArticle {
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
    }
}
