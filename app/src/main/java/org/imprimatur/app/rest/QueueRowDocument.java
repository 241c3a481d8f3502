package org.imprimatur.app.rest;

import java.time.Instant;

import org.imprimatur.review.application.QueuedItem;
import org.imprimatur.review.domain.ContentItem;

/**
 * An item as a queue lists it.
 *
 * @param stateSince      when it entered its state
 * @param timeInState     how long it has been in its state, as an ISO-8601 duration
 * @param enteredReviewAt when its current revision entered review
 * @param slaDueAt        when its desk's review SLA falls due; only while it is in review
 * @param overdue         whether it is in review past that time
 */
public record QueueRowDocument(String id, String kind, String desk, String state, String title, String assignee,
                               Instant assignedAt, String requestedBy, Instant stateSince, String timeInState,
                               Instant enteredReviewAt, Instant slaDueAt, boolean overdue) {

    static QueueRowDocument of(QueuedItem queued) {
        ContentItem item = queued.item();
        return new QueueRowDocument(item.id().toString(), item.kind().name(), item.desk(), item.state().name(),
                queued.title(), item.assignee().orElse(null), item.assignedAt().orElse(null), item.requestedBy(),
                item.stateSince(), queued.inState().toString(), queued.enteredReviewAt(),
                queued.slaDueAt().orElse(null), queued.overdue());
    }
}
