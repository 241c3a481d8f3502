package org.imprimatur.app.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.review.application.DisclosureStatements;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;

/**
 * Previews of releases: what {@link ReleasedItemPublisher} would publish if the caller released the item now,
 * rendered by the very code the release runs, and neither kept nor recorded.
 */
@ApplicationScoped
public class PublicationPreviews {

    @Inject
    private ReviewDesk desk;

    @Inject
    private ReleasedItemPublisher publisher;

    @Inject
    private DisclosureStatements statements;

    @Inject
    private Clock clock;

    /**
     * @throws org.imprimatur.review.domain.ItemNotFoundException if there is no such item
     * @throws org.imprimatur.review.domain.TransitionRefusedException if the item is decided, or it could not be
     *                                                                 published as it is (the release would fail too)
     */
    @Transactional
    public PublicationPreview preview(ItemId id, Actor caller) {
        ContentItem item = desk.find(id);
        PublicationPreview.requireReleasable(item);
        // The ledger and items keep milliseconds; so does a preview, which shows the time a release would record.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DisclosureLabel label = PublicationPreview.labelFor(item, statements.forDesk(item.desk()), caller.name(), now);
        return new PublicationPreview(publisher.render(item, label, caller.name(), now), label,
                item.disclosure().isPresent());
    }
}
