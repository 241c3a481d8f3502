package org.imprimatur.review.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.policy.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * A transition judged before anybody takes it: the workflow's refusal first, then every policy's rules; what
 * {@link ReviewDesk#transition} acts on and what the reviewer sees before the click.
 */
class TransitionJudgementTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor SECOND_REVIEWER = new Actor("rolf", Set.of(Role.REVIEWER));
    private static final Actor EDITOR_REVIEWER = new Actor("eve", Set.of(Role.EDITOR, Role.REVIEWER));
    private static final ModelCard CARD = new ModelCard("grounded", "extractive", "1", Map.of(),
            Sha256.ofUtf8("prompt"), List.of());

    private static final RuleOutcome HIGH_OPEN = RuleOutcome.failed("no-unresolved-high",
            "1 high-severity finding is still open");
    private static final RuleOutcome HIGH_NONE = RuleOutcome.passed("no-unresolved-high",
            "No high-severity finding is open");
    private static final RuleOutcome QUOTES = RuleOutcome.passed("quotes-verified", "Every quote is verified");

    /** Counts how often the policies were asked, and answers as told. */
    private static final class Policies implements Supplier<List<ReviewPolicies.Result>> {
        private final AtomicInteger asked = new AtomicInteger();
        private final List<ReviewPolicies.Result> answer;

        Policies(ReviewPolicies.Result... answer) {
            this.answer = List.of(answer);
        }

        @Override
        public List<ReviewPolicies.Result> get() {
            asked.incrementAndGet();
            return answer;
        }
    }

    private static ContentItem submittedBy(Actor editor) {
        return ContentItem.submit(ContentKind.ARTICLE, "local", "Council passes budget",
                "The council met on Tuesday. It voted 7 to 4 for the budget.", CARD, List.of(), false, editor, NOW);
    }

    private static ReviewPolicies.Result newsroom(RuleOutcome... outcomes) {
        return new ReviewPolicies.Result("newsroom", PolicyDecision.of(List.of(outcomes)));
    }

    @Test
    void anApprovalEveryRuleOfWhichPassesIsAllowedAndShowsTheRules() {
        Policies policies = new Policies(newsroom(HIGH_NONE, QUOTES));

        TransitionJudgement judgement = TransitionJudgement.of(submittedBy(EDITOR), ReviewAction.APPROVE, REVIEWER,
                null, policies);

        assertTrue(judgement.allowed());
        assertTrue(judgement.refusal().isEmpty());
        assertFalse(judgement.reasonNeeded());
        assertEquals(1, judgement.revision());
        assertEquals(List.of(HIGH_NONE, QUOTES), judgement.policies().get(0).decision().outcomes());
        assertEquals(List.of(), judgement.refusingRules());
        assertDoesNotThrow(() -> judgement.requireAllowed(null));
    }

    @Test
    void anOpenHighFindingBlocksTheApprovalAndTheRefusalNamesTheRule() {
        TransitionJudgement judgement = TransitionJudgement.of(submittedBy(EDITOR), ReviewAction.APPROVE, REVIEWER,
                null, new Policies(newsroom(HIGH_OPEN, QUOTES)));

        assertFalse(judgement.allowed());
        assertTrue(judgement.refusal().isEmpty(), "the workflow itself permits it");
        assertEquals(List.of("newsroom:no-unresolved-high"), judgement.refusingRules());
        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> judgement.requireAllowed(null));
        assertEquals(Reason.POLICY, refused.reason());
        assertEquals(List.of("newsroom:no-unresolved-high"), refused.rules());
        assertEquals("1 high-severity finding is still open", refused.getMessage());
    }

    @Test
    void theAuthorIsRefusedByFourEyesAndThePoliciesAreNotAsked() {
        Policies policies = new Policies(newsroom(HIGH_NONE));

        TransitionJudgement judgement = TransitionJudgement.of(submittedBy(EDITOR_REVIEWER), ReviewAction.APPROVE,
                EDITOR_REVIEWER, null, policies);

        assertFalse(judgement.allowed());
        assertEquals(Reason.FOUR_EYES, judgement.refusal().orElseThrow().reason());
        assertEquals(0, policies.asked.get());
        assertTrue(judgement.policies().isEmpty());
        assertEquals(Reason.FOUR_EYES, assertThrows(TransitionRefusedException.class,
                () -> judgement.requireAllowed(null)).reason());
    }

    @Test
    void anEditorIsToldTheirRoleDoesNotDecide() {
        TransitionJudgement judgement = TransitionJudgement.of(submittedBy(EDITOR), ReviewAction.REJECT, EDITOR,
                null, new Policies());

        assertFalse(judgement.allowed());
        assertEquals(Reason.MISSING_ROLE, judgement.refusal().orElseThrow().reason());
    }

    @Test
    void requestingChangesIsJudgedAsIfTheReasonWereGivenAndTheClickStillNeedsOne() {
        TransitionJudgement judgement = TransitionJudgement.of(submittedBy(EDITOR), ReviewAction.REQUEST_CHANGES,
                REVIEWER, null, new Policies(newsroom()));

        assertTrue(judgement.reasonNeeded());
        assertTrue(judgement.allowed(), "allowed once a reason is given");
        assertEquals(Reason.INCOMPLETE_REQUEST, assertThrows(TransitionRefusedException.class,
                () -> judgement.requireAllowed(" ")).reason());
        assertDoesNotThrow(() -> judgement.requireAllowed("Check the vote count"));
    }

    @Test
    void aDecidedItemIsRefusedByItsState() {
        ContentItem item = submittedBy(EDITOR);
        item.apply(ReviewAction.REJECT, REVIEWER, "Not news", 1, NOW);
        assertEquals(ItemState.REJECTED, item.state());

        TransitionJudgement judgement = TransitionJudgement.of(item, ReviewAction.APPROVE, SECOND_REVIEWER, null,
                new Policies(newsroom(HIGH_NONE)));

        assertEquals(Reason.ILLEGAL_STATE, judgement.refusal().orElseThrow().reason());
    }

    @Test
    void aStaleRevisionIsRefusedBeforeAnyPolicy() {
        Policies policies = new Policies(newsroom(HIGH_NONE));

        TransitionJudgement judgement = TransitionJudgement.of(submittedBy(EDITOR), ReviewAction.APPROVE, REVIEWER,
                2, policies);

        assertEquals(Reason.STALE_REVISION, judgement.refusal().orElseThrow().reason());
        assertEquals(0, policies.asked.get());
    }

    @Test
    void theApprovalsRequiredAreTheMostAnyPolicyAsksForAndThoseGivenAreListed() {
        ContentItem item = submittedBy(EDITOR);
        item.apply(ReviewAction.APPROVE, REVIEWER, null, 1, 2, NOW);
        ReviewPolicies.Result two = new ReviewPolicies.Result("newsroom",
                PolicyDecision.of(List.of(HIGH_NONE)).requiringApprovals(2));
        ReviewPolicies.Result three = new ReviewPolicies.Result("politics-plugin", PolicyDecision.allow()
                .requiringApprovals(3));

        TransitionJudgement judgement = TransitionJudgement.of(item, ReviewAction.APPROVE, SECOND_REVIEWER, 1,
                new Policies(two, three));

        assertTrue(judgement.allowed());
        assertEquals(3, judgement.approvalsRequired());
        assertEquals(List.of("rita"), judgement.approvals());
    }

    @Test
    void aReviewerWhoAlreadyApprovedIsToldAnotherMust() {
        ContentItem item = submittedBy(EDITOR);
        item.apply(ReviewAction.APPROVE, REVIEWER, null, 1, 2, NOW);

        TransitionJudgement judgement = TransitionJudgement.of(item, ReviewAction.APPROVE, REVIEWER, null,
                new Policies(newsroom(HIGH_NONE)));

        assertEquals(Reason.FOUR_EYES, judgement.refusal().orElseThrow().reason());
        assertTrue(judgement.refusal().get().getMessage().contains("already approved"));
    }
}
