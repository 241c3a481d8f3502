package org.imprimatur.review.domain;

import java.time.Instant;

/**
 * An item as a queue lists it: the item and the title of its current revision.
 *
 * @param item            the item
 * @param title           its current revision's title
 * @param enteredReviewAt when its current revision entered review
 */
public record QueueEntry(ContentItem item, String title, Instant enteredReviewAt) {
}
