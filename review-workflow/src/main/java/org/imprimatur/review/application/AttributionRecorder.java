package org.imprimatur.review.application;

import java.util.List;
import java.util.Map;

import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.content.RevisionView;

/**
 * Keeps what a revision's words rest on as provenance records: each span, the source passage, and the source's
 * digest and rights as they are at that moment. The deployable provides it (it knows the sources and the record
 * store); the workflow calls it inside the transaction that stores the revision or the check report, and puts what it
 * returns — the number of records and their digest — into that transaction's ledger entry.
 */
public interface AttributionRecorder {

    /** Records the revision's attributions: the drafter's, or those an edit kept word for word. */
    Map<String, Object> attributions(RevisionView revision);

    /** Records the evidence of one check report's findings on the revision, with their verdicts. */
    Map<String, Object> evidence(RevisionView revision, String checkId, String reportId, List<Finding> findings);
}
