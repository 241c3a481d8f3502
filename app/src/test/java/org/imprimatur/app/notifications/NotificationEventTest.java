package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.junit.jupiter.api.Test;

class NotificationEventTest {

    @Test
    void aTransitionSaysWhatWhoWhenAndWhichEntryButNotTheReviewersReason() {
        NotificationEvent event = Events.approved();

        assertEquals(Json.createObjectBuilder()
                .add("id", "evt-item_approved")
                .add("type", "ITEM_APPROVED")
                .add("itemId", Events.ITEM)
                .add("desk", "local")
                .add("actor", "bob")
                .add("time", "2026-11-29T09:00:00.000Z")
                .add("ledgerSeq", 42)
                .add("data", Json.createObjectBuilder().add("action", "approve").add("state", "APPROVED")
                        .add("revision", 2))
                .build(), event.json());
        assertFalse(event.body().contains("council"), "what people wrote stays in the ledger");
    }

    @Test
    void aCommentCarriesItsMentionsAsUserIdsAndNoText() {
        NotificationEvent event = Events.of(ProvenanceEventType.COMMENT_ADDED, "bob",
                Map.of("mentions", List.of("alice", "dave"), "text", "@alice @dave see the second paragraph"), null);

        assertEquals(List.of("alice", "dave"), event.users("mentions"));
        assertEquals(List.of(), event.users("assignee"));
        assertFalse(event.body().contains("paragraph"));
        assertEquals(event.json(), NotificationEvent.parse(event.body()).json(), "stored and read back unchanged");
    }
}
