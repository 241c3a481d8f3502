package org.imprimatur.app.publication;

import java.time.Instant;
import java.util.Objects;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.publication.Publication;

/**
 * What releasing an item now would publish, shown to the publisher before the release: the publication rendered as
 * the release renders it, with the item's label, or, while it has none, the label that setting one with the
 * defaults would give it (the desk's line and the digital source type that fits the item).
 *
 * @param publication what would be published, as if the caller released it at the time of the preview
 * @param label       the label it was rendered with
 * @param labelSet    whether that is the item's own label; {@code false} for the proposed default label
 */
public record PublicationPreview(Publication publication, DisclosureLabel label, boolean labelSet) {

    public PublicationPreview {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(label, "label");
    }

    /**
     * Refuses a preview of an item that will never be released: one that was released (its publication is kept)
     * or withdrawn, or rejected.
     *
     * @throws TransitionRefusedException if the item is decided
     */
    static void requireReleasable(ContentItem item) {
        String said = switch (item.state()) {
            case IN_REVIEW, CHANGES_REQUESTED, APPROVED -> null;
            case RELEASED, WITHDRAWN -> "This item was released; GET /api/v1/items/" + item.id()
                    + "/publication shows what its release published";
            case REJECTED -> "This item was rejected; it will not be released";
        };
        if (said != null) {
            throw new TransitionRefusedException(Reason.ILLEGAL_STATE, said);
        }
    }

    /**
     * The label a preview renders with: the item's own once a publisher has set it, else the one that setting a
     * label without a statement or a source type would give it, as if the caller decided it at this instant.
     *
     * @param deskStatement the disclosure line of the item's desk
     */
    static DisclosureLabel labelFor(ContentItem item, String deskStatement, String caller, Instant at) {
        return item.disclosure().orElseGet(() -> new DisclosureLabel(deskStatement, item.defaultSourceType().term(),
                caller, at));
    }
}
