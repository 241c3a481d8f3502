package org.imprimatur.review.domain;

import java.util.List;
import java.util.Optional;

import org.imprimatur.spi.content.ItemId;

/** Where check reports and their findings are kept. */
public interface FindingRepository {

    void add(CheckRecord report, List<ItemFinding> findings);

    Optional<ItemFinding> find(String id);

    /**
     * Writes pending changes now, so that two people resolving one finding at once fail here (as an
     * {@link jakarta.persistence.OptimisticLockException}) rather than at commit.
     */
    void flush();

    /** One revision's findings, in body order. */
    List<ItemFinding> findings(ItemId item, int revision);

    /** Every check report of an item, by revision and then in the order they were made. */
    List<CheckRecord> reports(ItemId item);
}
