package org.imprimatur.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.imprimatur.review.domain.QueueQuery;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.spi.content.ItemState;
import org.junit.jupiter.api.Test;

/** How the query parameters of {@code GET /api/v1/items} read as a queue. */
class QueueParametersTest {

    @Test
    void withoutParametersEverythingLongestWaitingFirst() {
        assertEquals(QueueQuery.all(), QueueParameters.query(List.of(), null, null, null, "bob"));
    }

    @Test
    void statesMayBeRepeatedOrCommaSeparatedInAnyCase() {
        QueueQuery query = QueueParameters.query(List.of("in_review,APPROVED", "changes_requested"), null, null,
                "age", "bob");
        assertEquals(Set.of(ItemState.IN_REVIEW, ItemState.APPROVED, ItemState.CHANGES_REQUESTED), query.states());
    }

    @Test
    void meIsTheCallerAndNoneIsNobody() {
        assertEquals("bob", QueueParameters.query(null, null, "me", null, "bob").assignee());
        assertEquals("rita", QueueParameters.query(null, null, "rita", null, "bob").assignee());
        QueueQuery unassigned = QueueParameters.query(null, null, "none", null, "bob");
        assertTrue(unassigned.unassigned());
        assertNull(unassigned.assignee());
    }

    @Test
    void theDeskIsReadAsADeskName() {
        assertEquals("business", QueueParameters.query(null, "Business", null, null, "bob").desk());
        assertThrows(TransitionRefusedException.class, () -> QueueParameters.query(null, "../x", null, null, "bob"));
    }

    @Test
    void newestFirstOnRequest() {
        assertTrue(QueueParameters.query(null, null, null, "newest", "bob").newestFirst());
    }

    @Test
    void unknownStatesAndSortsAreRefused() {
        assertEquals(422, assertThrows(InvalidRequestException.class,
                () -> QueueParameters.query(List.of("PUBLISHED"), null, null, null, "bob")).status());
        assertEquals(422, assertThrows(InvalidRequestException.class,
                () -> QueueParameters.query(null, null, null, "oldest", "bob")).status());
    }
}
