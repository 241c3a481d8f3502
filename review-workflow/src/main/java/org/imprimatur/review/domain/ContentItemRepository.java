package org.imprimatur.review.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.content.ItemId;

/** Where content items are kept. */
public interface ContentItemRepository {

    Optional<ContentItem> find(ItemId id);

    void add(ContentItem item);

    /**
     * Locks, for the rest of the transaction, the unassigned item that has waited longest in review and that
     * {@code reviewer} could pass: one they neither requested nor wrote the latest revision of. Items other
     * transactions hold locked are skipped, so callers at the same time get different items.
     *
     * @param desks the desks to take it from (normalised names); empty for any
     */
    Optional<ContentItem> lockOldestUnassigned(Set<String> desks, String reviewer);

    /** One page of a queue: the items that match, each with its current title, in the order asked for. */
    List<QueueEntry> queue(QueueQuery query, int offset, int limit);

    /**
     * Writes pending changes of the current transaction now, so that a concurrent change to the same item fails
     * here (as {@link jakarta.persistence.OptimisticLockException}) rather than at commit.
     */
    void flush();
}
