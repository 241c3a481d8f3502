package org.imprimatur.review.application;

import java.util.List;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.RevisionView;

/**
 * The checks the workflow runs, and what they may consult. The application implements it with its plugin
 * registry and the sources; the workflow sees checks only through the SPI.
 */
public interface InstalledChecks {

    /** Every installed check, in its order. */
    List<ContentCheck> all();

    /** What checks may consult about this revision of the item: its sources, their passages, and the item. */
    CheckContext contextFor(ContentItemView item, RevisionView revision);
}
