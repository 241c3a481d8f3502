package org.imprimatur.spi.content;

/**
 * A content item as extensions see it: its state and its current revision.
 *
 * @param id          the item's id
 * @param state       where it stands in review
 * @param requestedBy the user name of whoever asked for the generation; never allowed to approve it
 * @param current     the latest revision
 */
public record ContentItemView(ItemId id, ItemState state, String requestedBy, RevisionView current) {
}
