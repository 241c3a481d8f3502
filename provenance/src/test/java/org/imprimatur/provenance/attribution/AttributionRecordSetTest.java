package org.imprimatur.provenance.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.imprimatur.provenance.disclosure.CreditedSource;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Attribution;
import org.junit.jupiter.api.Test;

/** Provenance records from a draft's attributions and a check's evidence, and the digest the ledger holds. */
class AttributionRecordSetTest {

    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");
    private static final String BODY = "The ferry runs every twenty minutes. Fares stay the same. We like boats.";
    private static final Span FIRST = new Span(0, 36);
    private static final Span SECOND = new Span(37, 57);
    private static final Span THIRD = new Span(58, 72);

    private static final CreditedSource WIRE = new CreditedSource("wire", "ferry-wire.txt", "ferry-wire.txt",
            Optional.of(Sha256.ofUtf8("wire bytes")), "syndication", "Riverton Wire");
    private static final CreditedSource HARBOUR = new CreditedSource("harbour", "Harbour notice", "", Optional.of(
            Sha256.ofUtf8("harbour bytes")), "CC BY 4.0", "Harbour Authority");

    /** The sources as the library holds them now. */
    private static final Function<String, CreditedSource> LIBRARY = id -> switch (id) {
        case "wire" -> WIRE;
        case "harbour" -> HARBOUR;
        default -> CreditedSource.unknown(id);
    };

    private static RevisionView revision(int number, List<Attribution> attributions) {
        ModelCard card = new ModelCard("grounded", "extractive-1", "1", Map.of(), Sha256.ofUtf8("prompt"),
                List.of("wire", "harbour"));
        return new RevisionView(ItemId.parse("0b0e2f7e-3c7a-4d2b-9a55-1f9e3e0c2a11"), ContentKind.ARTICLE, number,
                "Ferry", BODY, card, attributions, "alice", NOON);
    }

    private static Evidence passage(String sourceId, int start, int end, double score) {
        return new Evidence(sourceId, new Span(start, end), "…", score);
    }

    private static final RevisionView DRAFT = revision(1, List.of(
            new Attribution(FIRST, List.of(passage("wire", 0, 40, 1.0), passage("harbour", 100, 150, 0.61234))),
            new Attribution(SECOND, List.of(passage("wire", 41, 60, 0.9))),
            new Attribution(THIRD, List.of())));

    @Test
    void aDraftGetsOneRecordPerPassageEachSentenceRestsOnWithTheSourcesDigestAndRights() {
        List<AttributionRecord> records = AttributionRecordSet.drafting(DRAFT, LIBRARY, NOON).records();

        assertEquals(3, records.size(), "the unsourced sentence has no record");
        AttributionRecord second = records.get(1);
        assertEquals(AttributionRecord.DRAFTING, second.origin());
        assertEquals(1, second.revision());
        assertEquals(FIRST, second.sentence());
        assertEquals("harbour", second.sourceId());
        assertEquals(HARBOUR.sha256(), second.sourceSha256());
        assertEquals(new Span(100, 150), second.passage());
        assertEquals("CC BY 4.0", second.licence());
        assertEquals("Harbour Authority", second.creditLine());
        assertEquals(new BigDecimal("0.6123"), second.score());
        assertEquals(Optional.empty(), second.verdict());
        assertEquals(Optional.empty(), second.reportId());
        assertEquals(List.of(0, 1, 2), records.stream().map(AttributionRecord::ordinal).toList());
        assertTrue(records.stream().allMatch(AttributionRecord::credits), "a drafted sentence credits its sources");
    }

    @Test
    void aChecksEvidenceCarriesTheFindingsVerdictAndOnlySupportCredits() {
        RevisionView rewritten = revision(2, List.of());
        List<Finding> findings = List.of(
                finding(FIRST, Verdict.SUPPORTED, passage("wire", 0, 40, 0.8)),
                finding(SECOND, Verdict.CONTRADICTED, passage("harbour", 10, 30, 0.7)),
                finding(THIRD, Verdict.FLAGGED));

        List<AttributionRecord> records = AttributionRecordSet.evidence(rewritten, "fact", "report-1", findings,
                LIBRARY, NOON).records();

        assertEquals(2, records.size(), "a finding without evidence has no record");
        assertEquals("check:fact", records.get(0).origin());
        assertEquals(Optional.of("report-1"), records.get(0).reportId());
        assertEquals(Optional.of(Verdict.SUPPORTED), records.get(0).verdict());
        assertEquals("Riverton Wire", records.get(0).creditLine());
        assertTrue(records.get(0).credits(), "a rewritten sentence the sources support credits them");
        assertEquals(Optional.of(Verdict.CONTRADICTED), records.get(1).verdict());
        assertFalse(records.get(1).credits());
    }

    @Test
    void aSourceImprimaturNeverHeldIsRecordedWithoutADigest() {
        RevisionView submitted = revision(1, List.of(new Attribution(FIRST, List.of(passage("press-1", 0, 9, 1)))));

        AttributionRecord record = AttributionRecordSet.drafting(submitted, LIBRARY, NOON).records().get(0);

        assertEquals(Optional.empty(), record.sourceSha256());
        assertEquals("", record.creditLine());
        assertEquals(null, record.asMap().get("sourceSha256"));
    }

    @Test
    void theDigestCoversWhatWasRecordedButNotWhenOrUnderWhichRowId() {
        AttributionRecordSet now = AttributionRecordSet.drafting(DRAFT, LIBRARY, NOON);
        AttributionRecordSet later = AttributionRecordSet.drafting(DRAFT, LIBRARY, NOON.plusSeconds(60));
        assertEquals(now.digest(), later.digest());
        assertEquals(now.digest(), AttributionRecordSet.digestOf(new ArrayList<>(now.records())));
        assertEquals(Map.of("records", 3, "sha256", now.digest().hex()), now.ledgerSummary());

        Function<String, CreditedSource> rightsChanged = id -> id.equals("wire") ? new CreditedSource("wire",
                "ferry-wire.txt", "ferry-wire.txt", WIRE.sha256(), "syndication", "Riverton Wire Service")
                : LIBRARY.apply(id);
        assertNotEquals(now.digest(), AttributionRecordSet.drafting(DRAFT, rightsChanged, NOON).digest(),
                "a record says which credit line held when it was made");
        assertEquals(Sha256.ofUtf8("[]"), AttributionRecordSet.drafting(revision(1, List.of()), LIBRARY, NOON)
                .digest());
    }

    @Test
    void storedRecordsSplitBackIntoTheSetsTheirLedgerEntriesVouchFor() {
        AttributionRecordSet drafted = AttributionRecordSet.drafting(DRAFT, LIBRARY, NOON);
        AttributionRecordSet checked = AttributionRecordSet.evidence(DRAFT, "fact", "report-1",
                List.of(finding(SECOND, Verdict.SUPPORTED, passage("wire", 41, 60, 0.9))), LIBRARY, NOON);
        List<AttributionRecord> stored = new ArrayList<>(drafted.records());
        stored.addAll(checked.records());

        List<AttributionRecordSet> sets = AttributionRecordSet.bySet(stored);

        assertEquals(List.of(drafted.digest(), checked.digest()),
                sets.stream().map(AttributionRecordSet::digest).toList());
    }

    private static Finding finding(Span span, Verdict verdict, Evidence... evidence) {
        return new Finding(span, "claim", Severity.NONE, verdict, 0.9, "…", List.of(evidence));
    }
}
