package org.imprimatur.review.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.QueueEntry;
import org.imprimatur.spi.content.ItemState;

/**
 * An item in a queue with its ageing: how long it has been in its state and, while in review, when its desk's SLA
 * falls due. The SLA counts time in review only: an item sent back for changes or approved waits for someone else.
 *
 * @param item            the item
 * @param title           its current revision's title
 * @param enteredReviewAt when its current revision entered review
 * @param inState         how long it has been in its state
 * @param slaDueAt        when its review should be done, while it is in review
 * @param overdue         whether it is in review past that time
 */
public record QueuedItem(ContentItem item, String title, Instant enteredReviewAt, Duration inState,
                         Optional<Instant> slaDueAt, boolean overdue) {

    static QueuedItem of(QueueEntry entry, Duration sla, Instant now) {
        ContentItem item = entry.item();
        Duration inState = Duration.between(item.stateSince(), now);
        Optional<Instant> due = item.state() == ItemState.IN_REVIEW
                ? Optional.of(entry.enteredReviewAt().plus(sla)) : Optional.empty();
        return new QueuedItem(item, entry.title(), entry.enteredReviewAt(),
                inState.isNegative() ? Duration.ZERO : inState, due, due.map(now::isAfter).orElse(false));
    }
}
