package org.imprimatur.provenance.disclosure;

import static org.imprimatur.provenance.disclosure.DisclosureFixtures.NOON;
import static org.imprimatur.provenance.disclosure.DisclosureFixtures.PRESS_RELEASE;
import static org.imprimatur.provenance.disclosure.DisclosureFixtures.WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.imprimatur.provenance.attribution.AttributionRecord;
import org.imprimatur.provenance.attribution.AttributionRecordSet;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.Attribution;
import org.junit.jupiter.api.Test;

class CreditsTest {

    @Test
    void creditsASourceByItsCreditLineWithItsLicenceElseByItsTitle() {
        assertEquals(List.of("City of Riverton (CC BY 4.0)", "wire-story.txt"), Credits.lines(List.of(PRESS_RELEASE,
                WIRE)));
    }

    @Test
    void creditsTheSameLineOnce() {
        assertEquals(List.of("City of Riverton (CC BY 4.0)"), Credits.lines(List.of(PRESS_RELEASE, PRESS_RELEASE)));
    }

    @Test
    void aSourceImprimaturNeverSawIsCreditedByItsId() {
        assertEquals(List.of("press-release-1"), Credits.lines(List.of(CreditedSource.unknown("press-release-1"))));
    }

    @Test
    void theBlockHasAHeadingAndALineEachOrIsEmpty() {
        assertEquals("Sources:\nCity of Riverton (CC BY 4.0)\nwire-story.txt",
                Credits.block(Credits.lines(List.of(PRESS_RELEASE, WIRE))));
        assertEquals("", Credits.block(List.of()));
    }

    private static final Function<String, CreditedSource> LIBRARY = CreditedSource::unknown;

    /** Revision 2: people rewrote the first sentence; the second is the drafter's, from the wire. */
    private static final RevisionView EDITED = DisclosureFixtures.article("Bridge", "The bridge opened again on "
            + "Monday. It cost $4 million. Traffic eases.");

    @Test
    void aRewrittenSentenceTheFactCheckSupportsCreditsItsSourceInTextOrderAndContradictedEvidenceCreditsNobody() {
        List<AttributionRecord> records = new ArrayList<>(AttributionRecordSet.drafting(
                withAttributions(new Attribution(new Span(35, 54), List.of(evidence("wire")))), LIBRARY, NOON)
                .records());
        records.addAll(AttributionRecordSet.evidence(EDITED, "fact", "report-1", List.of(
                finding(new Span(0, 34), Verdict.SUPPORTED, "council"),
                finding(new Span(55, 69), Verdict.CONTRADICTED, "blog")), LIBRARY, NOON).records());

        assertEquals(List.of("council", "wire", "src-1", "src-2"), Credits.sourceIds(records, EDITED.attributions(),
                EDITED.modelCard().sourceIds()), "by the words' order, then the model card's other sources");
    }

    @Test
    void aRevisionFromBeforeProvenanceRecordsCreditsByItsOwnAttributions() {
        RevisionView old = withAttributions(new Attribution(new Span(35, 54), List.of(evidence("wire"))));

        assertEquals(List.of("wire", "src-1", "src-2"), Credits.sourceIds(List.of(), old.attributions(),
                old.modelCard().sourceIds()));
    }

    private static RevisionView withAttributions(Attribution... attributions) {
        return new RevisionView(EDITED.itemId(), EDITED.kind(), EDITED.number(), EDITED.title(), EDITED.body(),
                EDITED.modelCard(), List.of(attributions), EDITED.author(), EDITED.createdAt());
    }

    private static Evidence evidence(String sourceId) {
        return new Evidence(sourceId, new Span(0, 10), "…", 0.9);
    }

    private static Finding finding(Span span, Verdict verdict, String sourceId) {
        return new Finding(span, "claim", Severity.NONE, verdict, 0.9, "…", List.of(evidence(sourceId)));
    }
}
