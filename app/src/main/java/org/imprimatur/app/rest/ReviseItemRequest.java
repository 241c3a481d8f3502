package org.imprimatur.app.rest;

/** The body of {@code POST /api/v1/items/{id}/revisions}: the new text and the revision it edits. */
public record ReviseItemRequest(String title, String body, Integer expectedRevision) {
}
