package org.imprimatur.review.application;

import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ModelCard;

/**
 * A request to put AI-generated content into review.
 *
 * @param kind      article or image
 * @param title     the headline
 * @param body      the text
 * @param modelCard what generated it
 */
public record SubmitArticle(ContentKind kind, String title, String body, ModelCard modelCard) {
}
