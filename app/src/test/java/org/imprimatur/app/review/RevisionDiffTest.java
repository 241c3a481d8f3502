package org.imprimatur.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprimatur.app.review.RevisionDiff.Change;
import org.imprimatur.app.review.RevisionDiff.Kind;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.ReviewAction;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final ModelCard CARD = new ModelCard("grounded", "extractive", "1", Map.of(),
            Sha256.ofUtf8("prompt"), List.of());

    @Test
    void aChangedFigureShowsAsTheOneSentenceThatChanged() {
        ContentItem item = ContentItem.submit(ContentKind.ARTICLE, "local", "Council passes budget",
                "The council met on Tuesday. It voted 7 to 4 for the budget. The mayor welcomed the vote.", CARD,
                List.of(), false, EDITOR, NOW);
        item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, "Check the vote count", 1, NOW);
        Revision second = item.revise("Council passes budget",
                "The council met on Tuesday. It voted 8 to 3 for the budget. The mayor welcomed the vote.", EDITOR,
                1, NOW);

        String diff = RevisionDiff.between(item.revisions().get(0), second);

        assertTrue(diff.startsWith("--- revision 1\n+++ revision 2\n"), diff);
        List<String> changed = diff.lines().filter(line -> line.matches("[-+][^-+].*")).toList();
        assertEquals(List.of("-It voted 7 to 4 for the budget.", "+It voted 8 to 3 for the budget."), changed);
    }

    @Test
    void aRevisionComparedWithItselfHasAnEmptyDiff() {
        ContentItem item = ContentItem.submit(ContentKind.ARTICLE, "local", "Title", "One sentence.", CARD,
                List.of(), false, EDITOR, NOW);

        assertEquals("", RevisionDiff.between(item.currentRevision(), item.currentRevision()));
    }

    @Test
    void theChangesOfABodyAreItsSentencesKeptRemovedAndAddedInReadingOrder() {
        List<Change> changes = RevisionDiff.changes(
                "The council met on Tuesday. It voted 7 to 4 for the budget. The mayor welcomed the vote.",
                "The council met on Tuesday. It voted 8 to 3 for the budget. The mayor welcomed the vote.");

        assertEquals(List.of(new Change(Kind.KEPT, "The council met on Tuesday. "),
                new Change(Kind.REMOVED, "It voted 7 to 4 for the budget. "),
                new Change(Kind.ADDED, "It voted 8 to 3 for the budget. "),
                new Change(Kind.KEPT, "The mayor welcomed the vote.")), changes);
    }

    @Test
    void theKeptAndAddedRunsTogetherAreTheLaterBodyParagraphBreaksIncluded() {
        String before = "The council met on Tuesday.\n\nIt voted for the budget. The mayor was away.";
        String after = "The council met on Tuesday.\n\nIt voted for the budget. Two members abstained.\n\nThe mayor was away.";

        List<Change> changes = RevisionDiff.changes(before, after);

        assertEquals(after, changes.stream().filter(change -> change.kind() != Kind.REMOVED).map(Change::text)
                .reduce("", String::concat));
        assertEquals(List.of(Kind.KEPT, Kind.ADDED, Kind.KEPT), changes.stream().map(Change::kind).toList());
        assertEquals("Two members abstained.\n\n", changes.get(1).text());
    }

    @Test
    void anUnchangedBodyIsOneKeptRun() {
        assertEquals(List.of(new Change(Kind.KEPT, "One sentence. Two.")), RevisionDiff.changes("One sentence. Two.",
                "One sentence. Two."));
    }
}
