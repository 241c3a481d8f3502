package org.imprimatur.app.rest;

import org.imprimatur.generation.text.InertText;

/** The body of {@code POST /api/v1/items/{id}/revisions}: the new text and the revision it edits. */
public record ReviseItemRequest(String title, String body, Integer expectedRevision) {

    /** Text from outside, made inert before it is stored or shown (see {@link InertText}). */
    public ReviseItemRequest {
        title = InertText.of(title);
        body = InertText.of(body);
    }
}
