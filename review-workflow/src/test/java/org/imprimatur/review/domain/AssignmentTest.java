package org.imprimatur.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.ReviewAction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Who may work on an item, as {@link ContentItem#assign} and {@link ContentItem#unassign} rule it. */
class AssignmentTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant CLAIMED_AT = Instant.parse("2025-03-01T09:30:00Z");
    private static final Instant LATER = Instant.parse("2025-03-01T10:30:00Z");

    private static final ModelCard MODEL_CARD = new ModelCard("grounded", "extractive-1", "1",
            Map.of(), Sha256.ofUtf8("the prompt"), List.of("source-1"));

    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Actor EDITOR_REVIEWER = new Actor("eve", Set.of(Role.EDITOR, Role.REVIEWER));
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor OTHER_REVIEWER = new Actor("ron", Set.of(Role.REVIEWER));
    private static final Actor PUBLISHER = new Actor("paul", Set.of(Role.PUBLISHER));
    private static final Actor ADMIN = new Actor("root", Set.of(Role.ADMIN));

    @Nested
    class Claiming {

        @Test
        void aReviewerClaimsAnItemInReview() {
            ContentItem item = submitted();

            assertTrue(item.assign(REVIEWER, REVIEWER, CLAIMED_AT));

            assertEquals(Optional.of("rita"), item.assignee());
            assertEquals(Optional.of(CLAIMED_AT), item.assignedAt());
            assertEquals(SUBMITTED_AT, item.stateSince(), "an assignment does not change the state");
        }

        @Test
        void claimingAnItemOneHoldsAlreadyChangesNothing() {
            ContentItem item = submitted();
            item.assign(REVIEWER, REVIEWER, CLAIMED_AT);

            assertFalse(item.assign(REVIEWER, REVIEWER, LATER));
            assertEquals(Optional.of(CLAIMED_AT), item.assignedAt());
        }

        @Test
        void onlyAReviewerClaimsAnItemInReview() {
            ContentItem item = submitted();
            assertRefused(Reason.MISSING_ROLE, item, () -> item.assign(PUBLISHER, PUBLISHER, LATER));
        }

        @Test
        void theRequesterCannotClaimWhatTheyCouldNotPass() {
            ContentItem item = submittedBy(EDITOR_REVIEWER);
            assertRefused(Reason.FOUR_EYES, item, () -> item.assign(EDITOR_REVIEWER, EDITOR_REVIEWER, LATER));
        }

        @Test
        void theLatestRevisionsAuthorCannotClaimIt() {
            ContentItem item = submitted();
            item.revise("Edited", "An edited body.", EDITOR_REVIEWER, 1, CLAIMED_AT);
            assertRefused(Reason.FOUR_EYES, item, () -> item.assign(EDITOR_REVIEWER, EDITOR_REVIEWER, LATER));
        }

        @Test
        void anItemAssignedToSomeoneElseIsNotClaimed() {
            ContentItem item = submitted();
            item.assign(REVIEWER, REVIEWER, CLAIMED_AT);
            assertRefused(Reason.ALREADY_ASSIGNED, item, () -> item.assign(OTHER_REVIEWER, OTHER_REVIEWER, LATER));
        }

        @Test
        void aPublisherClaimsAnApprovedItem() {
            ContentItem item = approved();

            assertTrue(item.assign(PUBLISHER, PUBLISHER, LATER));
            assertEquals(Optional.of("paul"), item.assignee());
        }

        @Test
        void aReviewerDoesNotClaimAnApprovedItem() {
            ContentItem item = approved();
            assertRefused(Reason.MISSING_ROLE, item, () -> item.assign(OTHER_REVIEWER, OTHER_REVIEWER, LATER));
        }

        @Test
        void whoeverApprovedCannotTakeOnTheRelease() {
            Actor both = new Actor("bea", Set.of(Role.REVIEWER, Role.PUBLISHER));
            ContentItem item = submitted();
            item.apply(ReviewAction.APPROVE, both, null, null, CLAIMED_AT);
            assertRefused(Reason.INELIGIBLE_ASSIGNEE, item, () -> item.assign(both, both, LATER));
        }

        @Test
        void aDecidedItemIsAssignedToNobody() {
            ContentItem item = submitted();
            item.apply(ReviewAction.REJECT, REVIEWER, "No source", null, CLAIMED_AT);
            assertRefused(Reason.ILLEGAL_STATE, item, () -> item.assign(OTHER_REVIEWER, OTHER_REVIEWER, LATER));
        }
    }

    @Nested
    class HandingOut {

        @Test
        void aReviewerAssignsAnotherReviewer() {
            ContentItem item = submitted();

            assertTrue(item.assign(OTHER_REVIEWER, REVIEWER, CLAIMED_AT));
            assertEquals(Optional.of("ron"), item.assignee());
        }

        @Test
        void anAdminAssignsAReviewer() {
            ContentItem item = submitted();

            assertTrue(item.assign(REVIEWER, ADMIN, CLAIMED_AT));
            assertEquals(Optional.of("rita"), item.assignee());
        }

        @Test
        void anEditorDoesNotHandOutReviews() {
            ContentItem item = submitted();
            assertRefused(Reason.MISSING_ROLE, item, () -> item.assign(REVIEWER, EDITOR, LATER));
        }

        @Test
        void onlySomeoneWhoCanDoTheWorkIsAssigned() {
            ContentItem item = submitted();
            assertRefused(Reason.INELIGIBLE_ASSIGNEE, item, () -> item.assign(PUBLISHER, REVIEWER, LATER));
        }

        @Test
        void theRequesterIsNotAssignedTheirOwnItem() {
            ContentItem item = submittedBy(EDITOR_REVIEWER);
            assertRefused(Reason.FOUR_EYES, item, () -> item.assign(EDITOR_REVIEWER, REVIEWER, LATER));
        }

        @Test
        void onlyAnAdminHandsOnAnItemSomeoneHolds() {
            ContentItem item = submitted();
            item.assign(REVIEWER, REVIEWER, CLAIMED_AT);
            assertRefused(Reason.ALREADY_ASSIGNED, item, () -> item.assign(OTHER_REVIEWER, REVIEWER, LATER));

            assertTrue(item.assign(OTHER_REVIEWER, ADMIN, LATER));
            assertEquals(Optional.of("ron"), item.assignee());
        }
    }

    @Nested
    class LettingGo {

        @Test
        void theAssigneeUnassignsThemself() {
            ContentItem item = submitted();
            item.assign(REVIEWER, REVIEWER, CLAIMED_AT);

            assertTrue(item.unassign(REVIEWER, LATER));
            assertEquals(Optional.empty(), item.assignee());
            assertEquals(Optional.empty(), item.assignedAt());
        }

        @Test
        void anAdminUnassignsAnyone() {
            ContentItem item = submitted();
            item.assign(REVIEWER, REVIEWER, CLAIMED_AT);

            assertTrue(item.unassign(ADMIN, LATER));
            assertEquals(Optional.empty(), item.assignee());
        }

        @Test
        void anotherReviewerCannotUnassignTheAssignee() {
            ContentItem item = submitted();
            item.assign(REVIEWER, REVIEWER, CLAIMED_AT);
            assertRefused(Reason.MISSING_ROLE, item, () -> item.unassign(OTHER_REVIEWER, LATER));
        }

        @Test
        void unassigningAnUnassignedItemChangesNothing() {
            assertFalse(submitted().unassign(REVIEWER, LATER));
        }
    }

    @Nested
    class EndingWithTheWork {

        @Test
        void approvalEndsTheReviewersAssignment() {
            ContentItem item = claimedByRita();
            item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER);

            assertEquals(Optional.empty(), item.assignee());
            assertEquals(LATER, item.stateSince());
        }

        @Test
        void sendingBackForChangesKeepsTheReviewerOnIt() {
            ContentItem item = claimedByRita();
            item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, "Source the figure", null, LATER);

            assertEquals(Optional.of("rita"), item.assignee(), "rita reviews the next revision");
        }

        @Test
        void anEditorsNewRevisionKeepsTheReviewerOnIt() {
            ContentItem item = claimedByRita();
            item.revise("Edited", "An edited body.", EDITOR, 1, LATER);

            assertEquals(Optional.of("rita"), item.assignee());
            assertEquals(LATER, item.stateSince(), "the new revision's time in review starts now");
        }

        @Test
        void theAssigneeWritingTheRevisionLetsGoOfIt() {
            ContentItem item = claimedByRita();
            item.revise("Edited", "An edited body.", REVIEWER, 1, LATER);

            assertEquals(Optional.empty(), item.assignee(), "rita wrote it and so cannot pass it");
        }

        @Test
        void aDecisionEndsTheAssignment() {
            ContentItem rejected = claimedByRita();
            rejected.apply(ReviewAction.REJECT, REVIEWER, "No source", null, LATER);
            assertEquals(Optional.empty(), rejected.assignee());

            ContentItem released = approved();
            released.assign(PUBLISHER, PUBLISHER, CLAIMED_AT);
            released.label("Made with AI, checked by our editors.", DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
                    PUBLISHER, LATER);
            released.apply(ReviewAction.RELEASE, PUBLISHER, null, null, LATER);
            assertEquals(Optional.empty(), released.assignee());
        }

        @Test
        void editingAnApprovedItemEndsThePublishersAssignment() {
            ContentItem item = approved();
            item.assign(PUBLISHER, PUBLISHER, CLAIMED_AT);
            item.revise("Edited", "An edited body.", EDITOR, 1, LATER);

            assertEquals(ItemState.IN_REVIEW, item.state());
            assertEquals(Optional.empty(), item.assignee());
        }
    }

    private static ContentItem submitted() {
        return submittedBy(EDITOR);
    }

    private static ContentItem submittedBy(Actor requester) {
        return ContentItem.submit(ContentKind.ARTICLE, "local", "Budget", "The council approved the budget.",
                MODEL_CARD, List.of(), false, requester, SUBMITTED_AT);
    }

    private static ContentItem claimedByRita() {
        ContentItem item = submitted();
        item.assign(REVIEWER, REVIEWER, CLAIMED_AT);
        return item;
    }

    /** Requested by erin, approved by ron. */
    private static ContentItem approved() {
        ContentItem item = submitted();
        item.apply(ReviewAction.APPROVE, OTHER_REVIEWER, null, null, CLAIMED_AT);
        return item;
    }

    private static void assertRefused(Reason expected, ContentItem item, Executable assignment) {
        Optional<String> assignee = item.assignee();
        TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class, assignment);
        assertEquals(expected, refusal.reason(), refusal::getMessage);
        assertEquals(assignee, item.assignee(), "a refused assignment changes nothing");
    }
}
