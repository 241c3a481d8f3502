package org.imprimatur.review.domain;

import java.util.List;

import org.imprimatur.spi.content.ItemId;

/** Where check reports and their findings are kept. */
public interface FindingRepository {

    void add(CheckRecord report, List<ItemFinding> findings);

    /** One revision's findings, in body order. */
    List<ItemFinding> findings(ItemId item, int revision);

    /** One revision's check reports, oldest first. */
    List<CheckRecord> reports(ItemId item, int revision);
}
