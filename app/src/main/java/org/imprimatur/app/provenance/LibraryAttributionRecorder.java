package org.imprimatur.app.provenance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.provenance.attribution.AttributionRecordSet;
import org.imprimatur.provenance.attribution.AttributionRecords;
import org.imprimatur.provenance.disclosure.CreditedSource;
import org.imprimatur.review.application.AttributionRecorder;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.content.RevisionView;

/**
 * Records a revision's attributions and a check's evidence as provenance records, each source with the digest and
 * rights the library holds for it at that moment.
 */
@ApplicationScoped
public class LibraryAttributionRecorder implements AttributionRecorder {

    @Inject
    private CreditedSources sources;

    @Inject
    private AttributionRecords records;

    @Inject
    private Clock clock;

    @Override
    public Map<String, Object> attributions(RevisionView revision) {
        return stored(AttributionRecordSet.drafting(revision, lookup(), now()));
    }

    @Override
    public Map<String, Object> evidence(RevisionView revision, String checkId, String reportId,
                                        List<Finding> findings) {
        return stored(AttributionRecordSet.evidence(revision, checkId, reportId, findings, lookup(), now()));
    }

    private Map<String, Object> stored(AttributionRecordSet set) {
        records.add(set);
        return set.ledgerSummary();
    }

    /** Each source read once per set: a draft cites the same few sources sentence after sentence. */
    private Function<String, CreditedSource> lookup() {
        Map<String, CreditedSource> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, sources::find);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
