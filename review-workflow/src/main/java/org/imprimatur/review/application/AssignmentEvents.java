package org.imprimatur.review.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/** The ledger entries of assignments, whether a person or the workflow made or ended them. */
final class AssignmentEvents {

    private AssignmentEvents() {
    }

    /**
     * @param previous who had the item before, or {@code null} (recorded as "")
     * @param how      {@code claim}, {@code assign} or {@code next}
     */
    static ProvenanceEvent assigned(ContentItem item, String previous, Actor by, String how) {
        Map<String, Object> payload = common(item);
        payload.put("assignee", item.assignee().orElseThrow());
        payload.put("previousAssignee", previous == null ? "" : previous);
        payload.put("how", how);
        return new ProvenanceEvent(ProvenanceEventType.ITEM_ASSIGNED, by.name(), item.id().toString(), payload);
    }

    /**
     * @param cause {@code unassign} when a person ended it, otherwise what ended it: the transition's action
     *              ({@code approve}, {@code reject}, …) or {@code revise}
     */
    static ProvenanceEvent unassigned(ContentItem item, String previous, Actor by, String cause) {
        Map<String, Object> payload = common(item);
        payload.put("assignee", previous);
        payload.put("cause", cause);
        return new ProvenanceEvent(ProvenanceEventType.ITEM_UNASSIGNED, by.name(), item.id().toString(), payload);
    }

    private static Map<String, Object> common(ContentItem item) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("desk", item.desk());
        payload.put("state", item.state().name());
        payload.put("revision", item.currentRevision().number());
        return payload;
    }
}
