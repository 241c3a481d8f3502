package org.imprimatur.review.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.review.domain.QueueQuery;

/** The desks' queues: items by state, desk and assignee, with how long each has waited against its SLA. */
@ApplicationScoped
public class ReviewQueue {

    @Inject
    private ContentItemRepository items;

    @Inject
    private ReviewSla sla;

    @Inject
    private Clock clock;

    /** One page of the queue {@code query} describes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueuedItem> list(QueueQuery query, int offset, int limit) {
        Instant now = clock.instant();
        return items.queue(query, offset, limit).stream()
                .map(entry -> QueuedItem.of(entry, sla.forDesk(entry.item().desk()), now))
                .toList();
    }
}
