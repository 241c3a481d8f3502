package org.imprimatur.app.rest;

import java.util.Arrays;

import org.imprimatur.spi.policy.ReviewAction;

/** The body of {@code POST /api/v1/items/{id}/transitions}. */
public record TransitionRequest(String action, String reason, Integer expectedRevision) {

    /**
     * @throws InvalidRequestException (400) if the action is missing or unknown
     */
    ReviewAction reviewAction() {
        return ReviewAction.fromWireName(action == null ? "" : action).orElseThrow(() ->
                InvalidRequestException.malformed("action must be one of " + Arrays.stream(ReviewAction.values())
                        .map(ReviewAction::wireName).toList() + ", not '" + action + "'"));
    }
}
