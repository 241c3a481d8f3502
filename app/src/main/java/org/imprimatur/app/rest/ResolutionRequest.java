package org.imprimatur.app.rest;

import java.util.Arrays;

import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.ResolutionEvidence;

/**
 * The body of {@code POST /api/v1/items/{id}/findings/{findingId}/resolution}.
 *
 * @param resolution {@code fixed}, {@code accepted} or {@code overridden}
 * @param reason     why; required to override
 * @param evidence   for an acceptance: {@code {"sourceId", "start", "end"}} or {@code {"url"}}, with a {@code note}
 */
public record ResolutionRequest(String resolution, String reason, ResolutionEvidence evidence) {

    /** @throws InvalidRequestException if the resolution is missing or unknown */
    ItemFinding.Status status() {
        return Arrays.stream(ItemFinding.Status.values())
                .filter(status -> status != ItemFinding.Status.OPEN && status.wireName().equals(resolution))
                .findFirst()
                .orElseThrow(() -> InvalidRequestException.unprocessable(
                        "resolution must be fixed, accepted or overridden, not '" + resolution + "'"));
    }
}
