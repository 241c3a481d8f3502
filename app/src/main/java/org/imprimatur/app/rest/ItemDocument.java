package org.imprimatur.app.rest;

import java.time.Instant;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.Revision;

/** A content item as the API shows it: its state and its current revision. */
public record ItemDocument(String id, String kind, String state, int revision, String title, String body,
                           String bodySha256, ModelCardDocument modelCard, String requestedBy, String approvedBy,
                           String releasedBy, Instant createdAt, Instant updatedAt) {

    static ItemDocument of(ContentItem item) {
        Revision current = item.currentRevision();
        return new ItemDocument(item.id().toString(), item.kind().name(), item.state().name(), current.number(),
                current.title(), current.body(), current.bodySha256().hex(), ModelCardDocument.of(current.modelCard()),
                item.requestedBy(), item.approvedBy(), item.releasedBy(), item.createdAt(), item.updatedAt());
    }
}
