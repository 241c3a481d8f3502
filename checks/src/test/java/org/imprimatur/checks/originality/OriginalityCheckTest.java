package org.imprimatur.checks.originality;

import static org.imprimatur.checks.originality.Fixtures.OWN_CLOSING;
import static org.imprimatur.checks.originality.Fixtures.OWN_OPENING;
import static org.imprimatur.checks.originality.Fixtures.REPORT;
import static org.imprimatur.checks.originality.Fixtures.S1;
import static org.imprimatur.checks.originality.Fixtures.S2;
import static org.imprimatur.checks.originality.Fixtures.S3;
import static org.imprimatur.checks.originality.Fixtures.S4;
import static org.imprimatur.checks.originality.Fixtures.S5;
import static org.imprimatur.checks.originality.Fixtures.S6;
import static org.imprimatur.checks.originality.Fixtures.S7;
import static org.imprimatur.checks.originality.Fixtures.article;
import static org.imprimatur.checks.originality.Fixtures.context;
import static org.imprimatur.checks.originality.Fixtures.firstWords;
import static org.imprimatur.checks.originality.Fixtures.report;
import static org.imprimatur.checks.originality.Fixtures.revision;
import static org.imprimatur.checks.originality.Fixtures.source;
import static org.imprimatur.checks.originality.Fixtures.unstopped;
import static org.imprimatur.checks.originality.Fixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;
import org.junit.jupiter.api.Test;

class OriginalityCheckTest {

    private static final SourceRights REUTERS = new SourceRights("Reuters", "Reuters wire agreement", null);

    private final OriginalityCheck check = configured(Map.of());

    @Test
    void aLongVerbatimRunIsFlaggedWithItsPlaceInTheBodyAndInTheSource() throws CheckFailedException {
        String copied = S1 + " " + unstopped(S2);
        String body = OWN_OPENING + " " + copied + ". " + OWN_CLOSING;
        SourceDocument source = report(SourceRights.UNKNOWN);

        CheckReport report = check.check(article(body), context(source));

        assertEquals("originality", report.checkId());
        Finding finding = single(report);
        assertEquals(copied, finding.span().of(body));
        assertEquals("copied-text", finding.category());
        assertEquals(Verdict.FLAGGED, finding.verdict());
        assertEquals(Severity.HIGH, finding.severity(), "no licence or credit is recorded for the source");
        assertEquals(1.0, finding.score());
        assertTrue(finding.message().startsWith(words(copied) + " words (2 consecutive sentences) copied from"
                + " “Council approves Saltmarsh Bay wind farm”"), finding.message());
        assertTrue(finding.message().contains("no licence or credit line is recorded"), finding.message());
        Evidence evidence = finding.evidence().get(0);
        assertEquals(List.of("report"), finding.evidence().stream().map(Evidence::sourceId).toList());
        assertEquals(copied, evidence.passage().of(REPORT));
        assertEquals(copied, evidence.excerpt());
        assertEquals(1.0, evidence.score());
    }

    @Test
    void aShortOverlapIsNotFlagged() throws CheckFailedException {
        String body = OWN_OPENING + " The vote came " + firstWords(S4.substring(S4.indexOf("an independent")), 8)
                + " had been published, " + unstopped(S7.substring(S7.indexOf("when the sea"))) + ". " + OWN_CLOSING;

        assertEquals(List.of(), check.check(article(body), context(report(SourceRights.UNKNOWN))).findings());
    }

    @Test
    void aRunIsFlaggedFromMinWordsOn() throws CheckFailedException {
        String exactlyEnough = firstWords(S4 + " " + S5, OriginalityCheck.DEFAULT_MIN_WORDS);
        String oneShort = firstWords(S4 + " " + S5, OriginalityCheck.DEFAULT_MIN_WORDS - 1);

        Finding finding = single(check.check(article(OWN_OPENING + " " + exactlyEnough + " and more."),
                context(report(SourceRights.UNKNOWN))));
        assertEquals(exactlyEnough, finding.span().of(OWN_OPENING + " " + exactlyEnough + " and more."));
        assertEquals(List.of(), check.check(article(OWN_OPENING + " " + oneShort + " and more."),
                context(report(SourceRights.UNKNOWN))).findings());
    }

    @Test
    void minWordsIsConfigurable() throws CheckFailedException {
        String body = OWN_OPENING + " " + S1 + " " + S2 + " " + OWN_CLOSING;
        int copied = words(S1 + " " + S2);

        assertEquals(1, configured(Map.of("min-words", String.valueOf(copied))).check(article(body),
                context(report(SourceRights.UNKNOWN))).findings().size());
        assertEquals(List.of(), configured(Map.of("min-words", String.valueOf(copied + 1))).check(article(body),
                context(report(SourceRights.UNKNOWN))).findings());
        String clause = "the operator has offered to pay compensation for every season.";
        assertEquals(1, configured(Map.of("min-words", "10")).check(article("In short, " + clause),
                context(report(SourceRights.UNKNOWN))).findings().size());
    }

    @Test
    void anUnusableMinWordsFailsStartUp() {
        IllegalStateException tooSmall = assertThrows(IllegalStateException.class,
                () -> configured(Map.of("min-words", "5")));
        assertTrue(tooSmall.getMessage().contains("min-words"), tooSmall.getMessage());
        assertThrows(IllegalStateException.class, () -> configured(Map.of("min-words", "many")));
    }

    @Test
    void aQuotedPassageIsNotFlagged() throws CheckFailedException {
        String copied = S4 + " " + S5 + " " + S6;
        SourceDocument source = report(SourceRights.UNKNOWN);

        for (String body : List.of(
                "The council's minutes record it: “" + copied + "” " + OWN_CLOSING,
                "The council's minutes record it: \"" + copied + "\" " + OWN_CLOSING,
                "The council's minutes record it: ‘" + copied + "’ " + OWN_CLOSING,
                OWN_OPENING + "\n\n“" + S4 + " " + S5 + "\n\n“" + S6 + "”")) {
            assertEquals(List.of(), check.check(article(body), context(source)).findings(), body);
        }
        assertEquals(1, check.check(article("The council's minutes record it: " + copied + " " + OWN_CLOSING),
                context(source)).findings().size(), "the same words unquoted");
    }

    @Test
    void quotedWordsInsideACopiedPassageNeitherCountNorBreakIt() throws CheckFailedException {
        String body = OWN_OPENING + " " + S4 + " “" + S5 + "” " + S6 + " " + OWN_CLOSING;

        Finding finding = single(check.check(article(body), context(report(SourceRights.UNKNOWN))));

        assertEquals(S4 + " “" + S5 + "” " + unstopped(S6), finding.span().of(body));
        assertTrue(finding.message().startsWith((words(S4) + words(S6)) + " words"), finding.message());
        assertEquals(S4 + " " + S5 + " " + unstopped(S6), finding.evidence().get(0).excerpt());
    }

    @Test
    void oneChangedWordKeepsANearVerbatimRunWhole() throws CheckFailedException {
        String edited = (S1 + " " + unstopped(S2)).replace("on Tuesday", "on Wednesday");
        String body = OWN_OPENING + " " + edited + ". " + OWN_CLOSING;

        Finding finding = single(check.check(article(body), context(report(SourceRights.UNKNOWN))));

        assertEquals(edited, finding.span().of(body));
        int words = words(edited);
        assertEquals((words - 1) / (double) words, finding.score(), 1e-9);
        assertTrue(finding.message().startsWith(words + " words (2 consecutive sentences)"), finding.message());
        assertTrue(finding.message().contains((words - 1) + " of them word for word"), finding.message());
        assertEquals(S1 + " " + unstopped(S2), finding.evidence().get(0).excerpt());
    }

    @Test
    void anAddedOrDroppedWordKeepsTheRunWholeToo() throws CheckFailedException {
        String copied = S1 + " " + unstopped(S2);
        for (String edited : List.of(copied.replace("the offshore wind farm", "the new offshore wind farm"),
                copied.replace("lasted more than four hours", "lasted four hours"),
                copied.replace("Forty-two turbines", "Forty-two giant steel turbines"))) {
            String body = OWN_OPENING + " " + edited + ". " + OWN_CLOSING;

            Finding finding = single(check.check(article(body), context(report(SourceRights.UNKNOWN))));

            assertEquals(edited, finding.span().of(body));
            assertEquals(copied, finding.evidence().get(0).excerpt());
        }
    }

    @Test
    void aLicensedSourceAsksForItsCredit() throws CheckFailedException {
        String shortRun = S4 + " " + unstopped(S5);
        Finding finding = single(check.check(article(OWN_OPENING + " " + shortRun + "."), context(report(REUTERS))));

        assertEquals(Severity.LOW, finding.severity(), words(shortRun) + " words, under twice min-words");
        assertTrue(finding.message().contains("credit required: Reuters (licence: Reuters wire agreement)"),
                finding.message());

        String longRun = S4 + " " + S5 + " " + unstopped(S6);
        assertEquals(Severity.MEDIUM, single(check.check(article(OWN_OPENING + " " + longRun + "."),
                context(report(REUTERS)))).severity(), words(longRun) + " words, twice min-words or more");

        SourceRights licenceOnly = new SourceRights("", "CC BY-SA 4.0", null);
        Finding licensed = single(check.check(article(OWN_OPENING + " " + shortRun + "."), context(report(licenceOnly))));
        assertEquals(Severity.LOW, licensed.severity());
        assertTrue(licensed.message().contains("licence: CC BY-SA 4.0, no credit line recorded"), licensed.message());
    }

    @Test
    void anExtractiveDraftIsToldToRewriteOrCredit() throws CheckFailedException {
        String body = S1 + " " + S2 + " " + S3;
        RevisionView draft = revision(body, "grounded-extractive");

        Finding credited = single(check.check(draft, context(report(REUTERS))));
        assertEquals(Severity.LOW, credited.severity(), "copying declared and attributed, rights recorded");
        assertTrue(credited.message().startsWith("Extractive draft: rewrite or credit. "), credited.message());
        assertTrue(credited.message().contains("(3 consecutive sentences)"), credited.message());
        assertTrue(credited.message().contains("credit required: Reuters"), credited.message());

        Finding unlicensed = single(check.check(draft, context(report(SourceRights.UNKNOWN))));
        assertEquals(Severity.HIGH, unlicensed.severity(), "declared copying of an unlicensed source");
        assertTrue(unlicensed.message().startsWith("Extractive draft: rewrite or credit. "), unlicensed.message());

        assertEquals(Severity.MEDIUM, single(check.check(article(body), context(report(REUTERS)))).severity(),
                "the same words from another model");
    }

    @Test
    void singleSourceSentencesFromDifferentPlacesAreNotFlagged() throws CheckFailedException {
        // What the grounded drafter does at its most original: one sentence from here, one from there.
        String body = S1 + " " + S5 + "\n\n" + S7 + " " + S3;

        assertEquals(List.of(), check.check(revision(body, "grounded-extractive"),
                context(report(SourceRights.UNKNOWN))).findings());
    }

    @Test
    void wordsInSeveralSourcesMakeOneFindingCitingTheLicensedOneFirst() throws CheckFailedException {
        SourceDocument unlicensed = report(SourceRights.UNKNOWN);
        SourceDocument wire = source("wire", "Wind farm approved", "SALTMARSH BAY (Reuters) - " + S1 + " " + S2,
                REUTERS);
        String copied = S1 + " " + unstopped(S2);

        Finding finding = single(check.check(article(OWN_OPENING + " " + copied + "."), context(unlicensed, wire)));

        assertEquals(List.of("wire", "report"), finding.evidence().stream().map(Evidence::sourceId).toList());
        assertTrue(words(copied) < 2 * OriginalityCheck.DEFAULT_MIN_WORDS);
        assertEquals(Severity.LOW, finding.severity(), "the unlicensed copy alone would make it HIGH");
        assertTrue(finding.message().contains("“Wind farm approved”"), finding.message());
        assertTrue(finding.message().endsWith("The same words are in 1 other source."), finding.message());
        assertEquals(copied, finding.evidence().get(1).passage().of(unlicensed.text()));
    }

    @Test
    void aSourceThatRepeatsItselfIsCitedOnce() throws CheckFailedException {
        SourceDocument twice = source("twice", "", S1 + " " + S2 + "\n\n" + S1 + " " + S2, SourceRights.UNKNOWN);

        Finding finding = single(check.check(article(OWN_OPENING + " " + S1 + " " + S2), context(twice)));

        assertEquals(1, finding.evidence().size());
        assertTrue(finding.message().contains("copied from twice.txt"), "named by its origin: " + finding.message());
    }

    @Test
    void separateRunsAreSeparateFindingsInBodyOrder() throws CheckFailedException {
        String first = S1 + " " + unstopped(S2);
        String second = S7 + " " + unstopped(Fixtures.S8);
        String body = first + ". " + OWN_CLOSING + " " + second + ". " + OWN_OPENING;

        List<Finding> findings = check.check(article(body), context(report(SourceRights.UNKNOWN))).findings();

        assertEquals(List.of(first, second), findings.stream().map(finding -> finding.span().of(body)).toList());
    }

    @Test
    void spansAreUtf16OffsetsPastAstralCharactersAndAccents() throws CheckFailedException {
        String copied = S4 + " " + unstopped(S5);
        String sourceText = "🌊🌊 Pêcheurs et éoliennes 🦀. " + S4 + " " + S5;
        String body = "Café 🚢🚢 — résumé, naïve 𝒳: " + copied + ". 🐟";
        SourceDocument source = source("fr", "Pêche", sourceText, SourceRights.UNKNOWN);

        Finding finding = single(check.check(article(body), context(source)));

        assertEquals(copied, finding.span().of(body));
        assertEquals(body.indexOf(copied), finding.span().start());
        assertEquals(sourceText.indexOf(copied), finding.evidence().get(0).passage().start());
        assertEquals(copied, finding.evidence().get(0).passage().of(sourceText));
    }

    @Test
    void caseAndPunctuationDoNotHideCopying() throws CheckFailedException {
        String copied = S4 + " " + unstopped(S5);
        String restyled = copied.toUpperCase().replace(",", "").replace("Forty-two", "Forty two");

        Finding finding = single(check.check(article(OWN_OPENING + " " + restyled + "."),
                context(report(SourceRights.UNKNOWN))));

        assertEquals(1.0, finding.score());
        assertEquals(copied, finding.evidence().get(0).excerpt());
    }

    @Test
    void nothingToCompareMeansNoFindings() throws CheckFailedException {
        assertEquals(List.of(), check.check(article(S1 + " " + S2), context()).findings());
        assertEquals(List.of(), check.check(article(""), context(report(SourceRights.UNKNOWN))).findings());
        assertFalse(check.remote());
    }

    private static Finding single(CheckReport report) {
        assertEquals(1, report.findings().size(), () -> "findings: " + report.findings());
        return report.findings().get(0);
    }

    private static OriginalityCheck configured(Map<String, String> values) {
        OriginalityCheck check = new OriginalityCheck();
        check.init(key -> Optional.ofNullable(values.get(key)));
        return check;
    }
}
