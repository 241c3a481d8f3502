package org.imprimatur.provenance.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.imprimatur.provenance.disclosure.CreditedSource;
import org.imprimatur.provenance.ledger.CanonicalJson;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Attribution;

/**
 * The provenance records one event adds for one revision — its drafted attributions, or one check report's
 * evidence — in the order their digest covers. The digest is SHA-256 over the canonical JSON (as the ledger hashes
 * entries) of the array of {@link AttributionRecord#asMap()}, so an auditor recomputes it from the records alone and
 * compares it with the ledger entry that holds it.
 *
 * @param records the records, in order
 */
public record AttributionRecordSet(List<AttributionRecord> records) {

    public AttributionRecordSet {
        records = List.copyOf(records);
    }

    /**
     * The revision's attributions: one record per source passage each sentence rests on, best first. A sentence
     * attributed to no source has no record (the revision itself keeps that "no source" mark).
     *
     * @param sources the source of an id, with its digest and rights as they are now; an id the library does not
     *                hold as {@link CreditedSource#unknown}
     */
    public static AttributionRecordSet drafting(RevisionView revision, Function<String, CreditedSource> sources,
                                                Instant at) {
        List<AttributionRecord> records = new ArrayList<>();
        for (Attribution attribution : revision.attributions()) {
            for (Evidence evidence : attribution.sources()) {
                records.add(record(revision, AttributionRecord.DRAFTING, null, records.size(), attribution.sentence(),
                        evidence, null, sources, at));
            }
        }
        return new AttributionRecordSet(records);
    }

    /**
     * The evidence of one check report's findings: one record per source passage each finding cites, with the
     * finding's verdict. Findings without evidence (toxic language, a missing label) have none.
     *
     * @param reportId the stored report the findings belong to
     * @param sources  as for {@link #drafting}
     */
    public static AttributionRecordSet evidence(RevisionView revision, String checkId, String reportId,
                                                List<Finding> findings, Function<String, CreditedSource> sources,
                                                Instant at) {
        Objects.requireNonNull(reportId, "reportId");
        List<AttributionRecord> records = new ArrayList<>();
        for (Finding finding : findings) {
            for (Evidence evidence : finding.evidence()) {
                records.add(record(revision, AttributionRecord.checkOrigin(checkId), reportId, records.size(),
                        finding.span(), evidence, finding, sources, at));
            }
        }
        return new AttributionRecordSet(records);
    }

    private static AttributionRecord record(RevisionView revision, String origin, String reportId, int ordinal,
                                            Span span, Evidence evidence, Finding finding,
                                            Function<String, CreditedSource> sources, Instant at) {
        return new AttributionRecord(revision.itemId(), revision.number(), origin, reportId, ordinal, span,
                sources.apply(evidence.sourceId()), evidence.passage(), finding == null ? null : finding.verdict(),
                evidence.score(), at);
    }

    /** The digest the ledger entry of the set's event holds. */
    public Sha256 digest() {
        return digestOf(records);
    }

    /** The digest of records as stored, in their order: what an auditor compares with the ledger. */
    public static Sha256 digestOf(List<AttributionRecord> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        records.forEach(record -> array.add(CanonicalJson.toJson(record.asMap())));
        return Sha256.ofUtf8(CanonicalJson.write(array.build()));
    }

    /** Stored records, split into the sets they were recorded in (by origin and report), in their order. */
    public static List<AttributionRecordSet> bySet(List<AttributionRecord> records) {
        Map<List<String>, List<AttributionRecord>> sets = new LinkedHashMap<>();
        for (AttributionRecord record : records) {
            sets.computeIfAbsent(List.of(record.origin(), record.reportId().orElse("")), key -> new ArrayList<>())
                    .add(record);
        }
        return sets.values().stream().map(AttributionRecordSet::new).toList();
    }

    /** What the ledger entry records of the set: how many records and their digest. */
    public Map<String, Object> ledgerSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("records", records.size());
        summary.put("sha256", digest().hex());
        return summary;
    }
}
