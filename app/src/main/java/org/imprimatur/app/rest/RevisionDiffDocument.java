package org.imprimatur.app.rest;

import java.util.List;
import java.util.Locale;

import org.imprimatur.app.review.RevisionDiff;
import org.imprimatur.review.domain.Revision;

/**
 * What changed from an earlier revision to a later one, sentence by sentence: the later body as runs of kept, added
 * and removed text in reading order (a removal comes before the addition that replaced it), and both titles.
 *
 * @param revision the later revision
 * @param against  the revision it is compared with
 * @param changes  the runs; those not removed, put together, are the later body
 */
public record RevisionDiffDocument(int revision, int against, String title, String titleBefore,
                                   List<Change> changes) {

    /** A run of whole sentences; {@code change} is {@code kept}, {@code added} or {@code removed}. */
    public record Change(String change, String text) {
    }

    static RevisionDiffDocument of(Revision before, Revision after) {
        return new RevisionDiffDocument(after.number(), before.number(), after.title(), before.title(),
                RevisionDiff.changes(before.body(), after.body()).stream()
                        .map(change -> new Change(change.kind().name().toLowerCase(Locale.ROOT), change.text()))
                        .toList());
    }
}
