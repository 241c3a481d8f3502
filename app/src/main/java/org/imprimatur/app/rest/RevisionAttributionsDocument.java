package org.imprimatur.app.rest;

import java.math.BigDecimal;
import java.util.List;

import org.imprimatur.provenance.attribution.AttributionRecord;
import org.imprimatur.provenance.attribution.AttributionRecordSet;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.spi.content.Sha256;

/**
 * A revision's provenance records as the API and the dossier show them: every span with the source passage it rests
 * on, and each set of records with the digest its ledger entry holds ({@code attributionRecords} of
 * {@code ITEM_SUBMITTED} / {@code ITEM_REVISED}, {@code evidenceRecords} of {@code CHECK_COMPLETED}).
 *
 * @param itemId   the item
 * @param revision the revision's number
 * @param records  the records, set by set as recorded
 * @param sets     each set's origin, report, size and SHA-256
 */
public record RevisionAttributionsDocument(String itemId, int revision, List<Record> records, List<RecordSet> sets) {

    public static RevisionAttributionsDocument of(Revision revision, List<AttributionRecord> records) {
        return new RevisionAttributionsDocument(revision.view().itemId().toString(), revision.number(),
                records.stream().map(record -> Record.of(record, revision.body())).toList(),
                AttributionRecordSet.bySet(records).stream().map(RecordSet::of).toList());
    }

    /**
     * One record.
     *
     * @param origin       {@code drafting} or {@code check:<id>}
     * @param reportId     the check report whose evidence it is; absent for drafting
     * @param verdict      the check's verdict on the span; absent for drafting
     * @param score        how strongly the passage bears on the span, in [0, 1]
     * @param credits      whether publishing the span credits the source (drafted, or supported by a check)
     * @param start        where the span starts in the revision's body
     * @param end          where it ends, exclusive
     * @param text         the span's text
     * @param sourceId     the source
     * @param sourceSha256 the digest of its original bytes when recorded; absent for a source Imprimatur never held
     * @param passageStart where the passage starts in the source's text
     * @param passageEnd   where it ends, exclusive
     * @param licence      the source's licence when recorded
     * @param creditLine   its credit line when recorded
     * @param recordedAt   when
     */
    public record Record(String origin, String reportId, String verdict, BigDecimal score, boolean credits, int start,
                         int end, String text, String sourceId, String sourceSha256, int passageStart, int passageEnd,
                         String licence, String creditLine, String recordedAt) {

        static Record of(AttributionRecord record, String body) {
            int end = Math.min(record.sentence().end(), body.length());
            int start = Math.min(record.sentence().start(), end);
            return new Record(record.origin(), record.reportId().orElse(null),
                    record.verdict().map(Enum::name).orElse(null), record.score(), record.credits(), start, end,
                    body.substring(start, end), record.sourceId(), record.sourceSha256().map(Sha256::hex).orElse(null),
                    record.passage().start(), record.passage().end(), record.licence(), record.creditLine(),
                    record.recordedAt().toString());
        }
    }

    /**
     * One set of records, as its ledger entry vouches for it.
     *
     * @param origin   {@code drafting} or {@code check:<id>}
     * @param reportId the check report; absent for drafting
     * @param records  how many
     * @param sha256   SHA-256 of the canonical JSON of the set's records, as the ledger entry holds it
     */
    public record RecordSet(String origin, String reportId, int records, String sha256) {

        static RecordSet of(AttributionRecordSet set) {
            AttributionRecord first = set.records().get(0);
            return new RecordSet(first.origin(), first.reportId().orElse(null), set.records().size(),
                    set.digest().hex());
        }
    }
}
