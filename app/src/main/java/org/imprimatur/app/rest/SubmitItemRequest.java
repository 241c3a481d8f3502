package org.imprimatur.app.rest;

import java.util.Arrays;
import java.util.List;

import org.imprimatur.generation.text.InertText;
import org.imprimatur.review.application.SubmitArticle;
import org.imprimatur.spi.content.ContentKind;

/** The body of {@code POST /api/v1/items}; {@code depictsPeople} says an image shows people. */
public record SubmitItemRequest(String kind, String desk, String title, String body, ModelCardDocument modelCard,
                                Boolean depictsPeople) {

    /** Text from outside, made inert before it is stored or shown (see {@link InertText}). */
    public SubmitItemRequest {
        title = InertText.of(title);
        body = InertText.of(body);
    }

    /**
     * @throws InvalidRequestException naming what is missing or unusable
     */
    SubmitArticle toCommand() {
        if (kind == null) {
            throw InvalidRequestException.unprocessable("kind is required: one of " + Arrays.toString(ContentKind.values()));
        }
        ContentKind contentKind = Arrays.stream(ContentKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> InvalidRequestException.unprocessable(
                        "kind must be one of " + Arrays.toString(ContentKind.values()) + ", not '" + kind + "'"));
        if (modelCard == null) {
            throw InvalidRequestException.unprocessable(
                    "modelCard is required: AI-generated content must say which model made it");
        }
        return new SubmitArticle(contentKind, desk, title, body, modelCard.toModelCard(), List.of(),
                Boolean.TRUE.equals(depictsPeople));
    }
}
