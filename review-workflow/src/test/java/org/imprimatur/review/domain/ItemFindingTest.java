package org.imprimatur.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.imprimatur.review.domain.ItemFinding.Status;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ItemFindingTest {

    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final ResolutionEvidence PASSAGE = new ResolutionEvidence("release", 10, 60, null,
            "The release gives the same figure");

    private static ItemFinding contradictedNumberOnRevision(int revision) {
        ItemId item = ItemId.random();
        CheckRecord report = new CheckRecord(item, revision, "fact", CheckRecord.Outcome.COMPLETED, "{}", NOW);
        return new ItemFinding(report, item.toString(), new Finding(new Span(0, 20), "number", Severity.HIGH,
                Verdict.CONTRADICTED, 0.05, "The sources give 1.2 million, not 1.5 million.", List.of()), NOW);
    }

    @Test
    void aLabelFixesAMissingLabelFindingOnItsOwnRevisionAndNothingElse() {
        ItemId item = ItemId.random();
        CheckRecord report = new CheckRecord(item, 1, "disclosure", CheckRecord.Outcome.COMPLETED, "{}", NOW);
        ItemFinding missing = new ItemFinding(report, item.toString(), new Finding(new Span(0, 20),
                DisclosureLabel.MISSING, Severity.HIGH, Verdict.FLAGGED, 1, "No label.", List.of()), NOW);
        Actor publisher = new Actor("paul", Set.of(Role.PUBLISHER));
        DisclosureLabel label = new DisclosureLabel("Made with AI.", "trainedAlgorithmicMedia", "paul", NOW);

        missing.fixByLabel(label, publisher, NOW);

        assertEquals(Status.FIXED, missing.status());
        assertEquals("paul", missing.resolvedBy());
        assertEquals(Reason.ILLEGAL_STATE, assertThrows(TransitionRefusedException.class,
                () -> missing.fixByLabel(label, publisher, NOW)).reason());
        assertThrows(IllegalStateException.class,
                () -> contradictedNumberOnRevision(1).fixByLabel(label, publisher, NOW));
    }

    @Test
    void anOverrideNeedsAReviewerAndAWrittenReason() {
        ItemFinding finding = contradictedNumberOnRevision(1);

        assertEquals(Reason.INCOMPLETE_REQUEST, assertThrows(TransitionRefusedException.class,
                () -> finding.resolve(Status.OVERRIDDEN, "fine as is", null, REVIEWER, 1, NOW)).reason());
        assertEquals(Reason.MISSING_ROLE, assertThrows(TransitionRefusedException.class,
                () -> finding.resolve(Status.OVERRIDDEN, "The mayor corrected the figure on air", null, EDITOR, 1,
                        NOW)).reason());

        finding.resolve(Status.OVERRIDDEN, "  The mayor corrected the figure on air  ", null, REVIEWER, 1, NOW);
        assertEquals(Status.OVERRIDDEN, finding.status());
        assertEquals("The mayor corrected the figure on air", finding.resolutionReason());
        assertEquals("rita", finding.resolvedBy());
        assertEquals(NOW, finding.resolvedAt());
    }

    @Test
    void anAcceptanceCitesAPassageOrAPageAndSaysWhatItShows() {
        ItemFinding finding = contradictedNumberOnRevision(1);

        for (ResolutionEvidence unusable : new ResolutionEvidence[] {null,
                new ResolutionEvidence(null, null, null, null, "trust me"),
                new ResolutionEvidence("release", 40, 10, null, "a backwards span"),
                new ResolutionEvidence(null, null, null, "ftp://example.org/file", "not a web page"),
                new ResolutionEvidence(null, null, null, "https://example.org/budget", " ")}) {
            assertEquals(Reason.INCOMPLETE_REQUEST, assertThrows(TransitionRefusedException.class,
                    () -> finding.resolve(Status.ACCEPTED, null, unusable, REVIEWER, 1, NOW)).reason(),
                    String.valueOf(unusable));
        }

        finding.resolve(Status.ACCEPTED, null, PASSAGE, REVIEWER, 1, NOW);
        assertEquals(Status.ACCEPTED, finding.status());
        assertEquals(PASSAGE, finding.resolutionEvidence());
    }

    @Test
    void aFixIsALaterRevisionAndAnEditorMayDeclareIt() {
        ItemFinding finding = contradictedNumberOnRevision(2);

        assertEquals(Reason.INCOMPLETE_REQUEST, assertThrows(TransitionRefusedException.class,
                () -> finding.resolve(Status.FIXED, null, null, EDITOR, 2, NOW)).reason());

        finding.resolve(Status.FIXED, null, null, EDITOR, 3, NOW);
        assertEquals(Status.FIXED, finding.status());
        assertNull(finding.resolutionEvidence());
    }

    @Test
    void aFindingIsResolvedOnce() {
        ItemFinding finding = contradictedNumberOnRevision(1);
        finding.resolve(Status.ACCEPTED, "Checked with the press office", new ResolutionEvidence(null, null, null,
                "https://riverton.example/budget", null), REVIEWER, 1, NOW);

        TransitionRefusedException again = assertThrows(TransitionRefusedException.class,
                () -> finding.resolve(Status.OVERRIDDEN, "Another reviewer disagrees with this", null,
                        new Actor("bob", Set.of(Role.REVIEWER)), 1, NOW));
        assertEquals(Reason.ILLEGAL_STATE, again.reason());
        assertEquals(Status.ACCEPTED, finding.status());
        assertEquals("rita", finding.resolvedBy());
    }

    /** Re-checking a later revision: its findings are matched to the earlier ones by the words they cover. */
    @Nested
    class ALaterRevision {

        private static final String BEFORE = "Turnout was 1.5 million. The mayor spoke.";
        private static final String AFTER_EDIT_ELSEWHERE = "Officials said turnout was 1.5 million. The mayor spoke.";

        private final ItemId item = ItemId.random();

        private ItemFinding finding(int revision, String body, String words) {
            CheckRecord report = new CheckRecord(item, revision, "fact", CheckRecord.Outcome.COMPLETED, "{}", NOW);
            int start = body.indexOf(words);
            return new ItemFinding(report, item.toString(), new Finding(new Span(start, start + words.length()),
                    "number", Severity.HIGH, Verdict.CONTRADICTED, 0.05, "The sources give 1.2 million.", List.of()),
                    NOW);
        }

        @Test
        void findsTheSameWordsAgainWhereverAnEditMovedThem() {
            ItemFinding before = finding(1, BEFORE, "1.5 million");
            ItemFinding moved = finding(2, AFTER_EDIT_ELSEWHERE, "1.5 million");
            ItemFinding changed = finding(2, "Turnout was 1.2 million. The mayor spoke.", "1.2 million");

            assertTrue(before.recursIn(moved, BEFORE, AFTER_EDIT_ELSEWHERE));
            assertFalse(before.recursIn(changed, BEFORE, "Turnout was 1.2 million. The mayor spoke."));
        }

        @Test
        void takesOverAnOverrideOfUnchangedWordsButNotAFix() {
            ItemFinding overridden = finding(1, BEFORE, "1.5 million");
            overridden.resolve(Status.OVERRIDDEN, "The council corrected the figure itself", null, REVIEWER, 1, NOW);
            ItemFinding again = finding(2, AFTER_EDIT_ELSEWHERE, "1.5 million");

            assertTrue(again.takeOverDecisionOf(overridden));
            assertEquals(Status.OVERRIDDEN, again.status());
            assertEquals("rita", again.resolvedBy(), "the decision stays the reviewer's");
            assertEquals("As decided on revision 1: The council corrected the figure itself", again.resolutionReason());

            ItemFinding claimedFixed = finding(2, BEFORE, "1.5 million");
            claimedFixed.resolve(Status.FIXED, "", null, EDITOR, 3, NOW);
            ItemFinding stillThere = finding(3, BEFORE, "1.5 million");
            assertFalse(stillThere.takeOverDecisionOf(claimedFixed), "the words are still there: not fixed");
            assertEquals(Status.OPEN, stillThere.status());
        }

        @Test
        void anOpenFindingALaterRevisionNoLongerHasIsFixedOnce() {
            ItemFinding open = finding(1, BEFORE, "1.5 million");

            assertFalse(open.fixedBy(1, "imprimatur-checks", NOW), "only a later revision fixes it");
            assertTrue(open.fixedBy(2, "imprimatur-checks", NOW));
            assertEquals(Status.FIXED, open.status());
            assertEquals("imprimatur-checks", open.resolvedBy());
            assertFalse(open.fixedBy(3, "imprimatur-checks", NOW), "already fixed");
        }
    }
}
