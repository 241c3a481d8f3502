package org.imprimatur.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.junit.jupiter.api.Test;

/** Comments on an item or a span of a revision, and the people they mention. */
class ItemCommentTest {

    private static final Instant NOW = Instant.parse("2025-03-01T11:00:00Z");
    private static final String BODY_1 = "The council approved the budget.";
    private static final String BODY_2 = "The council approved the budget on Tuesday, 7 to 4.";

    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor COMPLIANCE = new Actor("carol", Set.of(Role.COMPLIANCE));

    private final ContentItem item = twoRevisions();

    @Test
    void aCommentOnTheWholeItemIsOnItsCurrentRevision() {
        ItemComment comment = ItemComment.write(item, null, null, "Looks sourced.", name -> true, REVIEWER, NOW);

        assertEquals(2, comment.revision());
        assertEquals(Optional.empty(), comment.span());
        assertEquals("rita", comment.author());
        assertEquals(Sha256.ofUtf8("Looks sourced."), comment.textSha256());
    }

    @Test
    void aCommentOnASpanOfAnEarlierRevisionIsCheckedAgainstThatRevision() {
        Span approved = new Span(12, 20);
        ItemComment comment = ItemComment.write(item, 1, approved, "Which vote?", name -> true, REVIEWER, NOW);

        assertEquals(1, comment.revision());
        assertEquals(Optional.of(approved), comment.span());
        assertEquals("approved", approved.of(BODY_1));

        Span beyondTheFirstBody = new Span(BODY_1.length() - 1, BODY_1.length() + 1);
        assertRefused(Reason.INCOMPLETE_REQUEST,
                () -> ItemComment.write(item, 1, beyondTheFirstBody, "x", name -> true, REVIEWER, NOW));
        ItemComment onTheSecond = ItemComment.write(item, 2, beyondTheFirstBody, "x", name -> true, REVIEWER, NOW);
        assertEquals(2, onTheSecond.revision());
    }

    @Test
    void anEmptySpanOrAnUnknownRevisionIsRefused() {
        assertRefused(Reason.INCOMPLETE_REQUEST,
                () -> ItemComment.write(item, null, new Span(3, 3), "x", name -> true, REVIEWER, NOW));
        assertRefused(Reason.INCOMPLETE_REQUEST,
                () -> ItemComment.write(item, 3, null, "x", name -> true, REVIEWER, NOW));
    }

    @Test
    void aCommentHasAText() {
        assertRefused(Reason.INCOMPLETE_REQUEST, () -> ItemComment.write(item, null, null, " ", n -> true, EDITOR, NOW));
        String tooLong = "x".repeat(ItemComment.MAX_TEXT_LENGTH + 1);
        assertRefused(Reason.INCOMPLETE_REQUEST, () -> ItemComment.write(item, null, null, tooLong, n -> true, EDITOR,
                NOW));
    }

    @Test
    void complianceReadsCommentsButDoesNotWriteThem() {
        assertRefused(Reason.MISSING_ROLE, () -> ItemComment.write(item, null, null, "x", n -> true, COMPLIANCE, NOW));
    }

    @Test
    void mentionsOfUnknownNamesAreKeptAndMarked() {
        ItemComment comment = ItemComment.write(item, null, null, "@bob and @bobb, please look", "bob"::equals,
                EDITOR, NOW);

        assertEquals(List.of(new Mention("bob", true), new Mention("bobb", false)), comment.mentions());
    }

    private static ContentItem twoRevisions() {
        ContentItem item = ContentItem.submit(ContentKind.ARTICLE, "local", "Budget", BODY_1,
                new ModelCard("grounded", "extractive-1", "1", Map.of(), Sha256.ofUtf8("p"), List.of()),
                List.of(), false, EDITOR, NOW.minusSeconds(3600));
        item.revise("Budget", BODY_2, EDITOR, 1, NOW.minusSeconds(600));
        return item;
    }

    private static void assertRefused(Reason expected, org.junit.jupiter.api.function.Executable comment) {
        TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class, comment);
        assertEquals(expected, refusal.reason(), refusal::getMessage);
    }
}
