package org.imprimatur.app.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.jobs.GenerationJob;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.Revision;

/**
 * A content item as the API shows it: its state and its current revision, with where each sentence came from,
 * what the automatic checks found in it, its AI-disclosure label once set, and, for an image item, its picture;
 * {@code assignee} is who works on it now, if anyone.
 *
 * <p>{@code approvals} names the reviewers who approved the current revision so far (a policy may ask for more than
 * one); {@code approvedBy} the one whose approval made it approved. {@code depictsPeople} says an image shows people.
 */
public record ItemDocument(String id, String kind, String desk, String state, int revision, String title, String body,
                           String bodySha256, ModelCardDocument modelCard, List<AttributionDocument> attributions,
                           ImageDocument image, ChecksDocument checks, List<FindingDocument> findings,
                           DisclosureDocument disclosure, boolean depictsPeople, String requestedBy,
                           List<String> approvals, String approvedBy, String releasedBy, String assignee,
                           Instant assignedAt, Instant createdAt, Instant updatedAt) {

    static ItemDocument of(ContentItem item, Optional<ImageAsset> picture, Optional<GenerationJob> checks,
                           List<ItemFinding> findings) {
        Revision current = item.currentRevision();
        return new ItemDocument(item.id().toString(), item.kind().name(), item.desk(), item.state().name(), current.number(),
                current.title(), current.body(), current.bodySha256().hex(), ModelCardDocument.of(current.modelCard()),
                AttributionDocument.of(current.attributions(), current.body()),
                picture.map(ImageDocument::of).orElse(null), checks.map(ChecksDocument::of).orElse(null),
                findings.stream().map(finding -> FindingDocument.of(finding, current.body())).toList(),
                item.disclosure().map(DisclosureDocument::of).orElse(null), item.depictsPeople(), item.requestedBy(),
                item.approvals(), item.approvedBy(), item.releasedBy(), item.assignee().orElse(null),
                item.assignedAt().orElse(null), item.createdAt(), item.updatedAt());
    }
}
