package org.imprimatur.review.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.QueueEntry;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.ReviewAction;
import org.junit.jupiter.api.Test;

/** An item's ageing in a queue and its SLA, which counts time in review only. */
class QueuedItemTest {

    private static final Instant SUBMITTED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration SLA = Duration.ofHours(4);

    private final ContentItem item = ContentItem.submit(ContentKind.ARTICLE, "local", "Budget", "The budget passed.",
            new ModelCard("grounded", "extractive-1", "1", Map.of(), Sha256.ofUtf8("p"), List.of()), List.of(),
            false, new Actor("erin", Set.of(Role.EDITOR)), SUBMITTED);

    @Test
    void anItemInReviewIsDueItsSlaAfterItEnteredReview() {
        QueuedItem queued = QueuedItem.of(entry(), SLA, SUBMITTED.plus(Duration.ofHours(3)));

        assertEquals(Optional.of(SUBMITTED.plus(SLA)), queued.slaDueAt());
        assertEquals(Duration.ofHours(3), queued.inState());
        assertFalse(queued.overdue());
    }

    @Test
    void pastTheSlaItIsOverdue() {
        assertTrue(QueuedItem.of(entry(), SLA, SUBMITTED.plus(SLA).plusSeconds(1)).overdue());
        assertFalse(QueuedItem.of(entry(), SLA, SUBMITTED.plus(SLA)).overdue(), "due at, not yet past");
    }

    @Test
    void anItemOutOfReviewHasNoSla() {
        item.apply(ReviewAction.REQUEST_CHANGES, new Actor("rita", Set.of(Role.REVIEWER)), "Source it", null,
                SUBMITTED.plus(Duration.ofHours(1)));

        QueuedItem queued = QueuedItem.of(entry(), SLA, SUBMITTED.plus(Duration.ofHours(9)));

        assertEquals(Optional.empty(), queued.slaDueAt());
        assertFalse(queued.overdue());
        assertEquals(Duration.ofHours(8), queued.inState(), "in CHANGES_REQUESTED since the request");
    }

    private QueueEntry entry() {
        return new QueueEntry(item, item.currentRevision().title(), item.currentRevision().createdAt());
    }
}
