package org.imprimatur.review.domain;

import java.util.Optional;

import org.imprimatur.spi.content.ItemId;

/** Where content items are kept. */
public interface ContentItemRepository {

    Optional<ContentItem> find(ItemId id);

    void add(ContentItem item);

    /**
     * Writes pending changes of the current transaction now, so that a concurrent change to the same item fails
     * here (as {@link jakarta.persistence.OptimisticLockException}) rather than at commit.
     */
    void flush();
}
