package org.imprimatur.app.notifications;

import java.util.Map;
import java.util.Optional;

import org.imprimatur.provenance.ledger.EntryAppended;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/** Notification events as the outbox makes them from ledger entries. */
final class Events {

    static final String ITEM = "6f1c2a4e-8a53-4c1e-9a55-2f3c1d0b7e10";

    private Events() {
    }

    static NotificationEvent of(ProvenanceEventType type, String actor, Map<String, Object> payload, String desk) {
        return NotificationEvent.of("evt-" + type.name().toLowerCase(), new EntryAppended(42,
                "2026-11-29T09:00:00.000Z", new ProvenanceEvent(type, actor, ITEM, payload)), Optional.ofNullable(desk));
    }

    static NotificationEvent approved() {
        return of(ProvenanceEventType.ITEM_APPROVED, "bob", Map.of("action", "approve", "state", "APPROVED",
                "revision", 2, "reason", "Checked against the council notice"), "local");
    }
}
