package org.imprimatur.spi.provenance;

import java.util.Map;
import java.util.Objects;

/**
 * One fact for the provenance ledger.
 *
 * @param type    what happened
 * @param actor   the user name of who did it
 * @param itemId  the content item concerned, or {@code null} for events about no item (e.g. key rotation)
 * @param payload the details; values must be strings, numbers, booleans, {@code null}, lists or maps of these,
 *                because the ledger hashes a canonical JSON form of them
 */
public record ProvenanceEvent(ProvenanceEventType type, String actor, String itemId, Map<String, Object> payload) {

    public ProvenanceEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
