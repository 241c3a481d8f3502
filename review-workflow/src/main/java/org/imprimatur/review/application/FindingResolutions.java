package org.imprimatur.review.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/** The ledger entry of a finding's resolution, whoever resolved it: a reviewer, a label, or a later check run. */
final class FindingResolutions {

    private FindingResolutions() {
    }

    /**
     * @param actor who the ledger names as having made this entry
     * @param extra what else the entry should say, e.g. which earlier finding's decision was taken over
     */
    static ProvenanceEvent resolved(ItemFinding finding, String actor, Map<String, Object> extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("findingId", finding.id());
        payload.put("checkId", finding.checkId());
        payload.put("revision", finding.revision());
        payload.put("category", finding.category());
        payload.put("severity", finding.severity().name());
        payload.put("verdict", finding.verdict().name());
        payload.put("resolution", finding.status().wireName());
        payload.put("reason", finding.resolutionReason());
        payload.put("evidence", finding.resolutionEvidence() == null ? Map.of() : finding.resolutionEvidence().asMap());
        payload.putAll(extra);
        return new ProvenanceEvent(ProvenanceEventType.FINDING_RESOLVED, actor, finding.itemId(), payload);
    }
}
