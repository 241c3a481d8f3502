package org.imprimatur.spi.content;

/**
 * Where a content item stands in review. Every item starts {@link #IN_REVIEW}; the rules for moving between
 * states belong to the review workflow, not to this enum.
 */
public enum ItemState {
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    RELEASED,
    WITHDRAWN
}
