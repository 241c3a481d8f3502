package org.imprimatur.review.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.source.Attribution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review state machine and its four-eyes rule, as {@link ContentItem} enforces them.
 */
class ContentItemTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2025-03-01T10:30:00Z");
    private static final Instant EVEN_LATER = Instant.parse("2025-03-01T12:00:00Z");

    private static final String DESK = "local";
    private static final String TITLE = "Council approves the new budget";
    private static final String BODY = "The city council voted 7 to 4 on Tuesday to approve the budget.";
    private static final String STATEMENT = "Drafted with AI, checked by our editors.";

    private static final ModelCard MODEL_CARD = new ModelCard("grounded", "llama3.1", "8b-instruct-q4",
            Map.of("temperature", 0.2, "seed", 42), Sha256.ofUtf8("the exact prompt"), List.of("source-1"));

    /** Only an editor. */
    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    /** An editor who also reviews. */
    private static final Actor EDITOR_REVIEWER = new Actor("eve", Set.of(Role.EDITOR, Role.REVIEWER));
    /** An editor who also publishes. */
    private static final Actor EDITOR_PUBLISHER = new Actor("pat", Set.of(Role.EDITOR, Role.PUBLISHER));
    /** Only a reviewer. */
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    /** Only a publisher. */
    private static final Actor PUBLISHER = new Actor("paul", Set.of(Role.PUBLISHER));
    /** Holds every role, and has requested nothing. */
    private static final Actor EVERYONE = new Actor("root", Role.ALL);

    // ---------------------------------------------------------------------------------------------------------
    // submit

    @Nested
    class Submitting {

        @Test
        void submittedItemIsInReviewAtRevisionOneWrittenByItsRequester() {
            ContentItem item = submitBy(EDITOR);

            Revision revision = item.currentRevision();
            assertAll(
                    () -> assertEquals(ItemState.IN_REVIEW, item.state()),
                    () -> assertEquals(ContentKind.ARTICLE, item.kind()),
                    () -> assertEquals("erin", item.requestedBy()),
                    () -> assertNull(item.approvedBy()),
                    () -> assertNull(item.releasedBy()),
                    () -> assertEquals(SUBMITTED_AT, item.createdAt()),
                    () -> assertEquals(SUBMITTED_AT, item.updatedAt()),
                    () -> assertNotNull(item.id()),
                    () -> assertEquals(1, revision.number()),
                    () -> assertEquals(TITLE, revision.title()),
                    () -> assertEquals(BODY, revision.body()),
                    () -> assertEquals(Sha256.ofUtf8(BODY), revision.bodySha256()),
                    () -> assertEquals(MODEL_CARD, revision.modelCard()),
                    () -> assertEquals("erin", revision.author()),
                    () -> assertEquals(SUBMITTED_AT, revision.createdAt()));
        }

        @Test
        void everySubmissionGetsItsOwnId() {
            assertNotEquals(submitBy(EDITOR).id(), submitBy(EDITOR).id());
        }

        @ParameterizedTest
        @MethodSource("org.imprimatur.review.domain.ContentItemTest#nonEditors")
        void onlyAnEditorCanSubmit(Actor nonEditor) {
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> submitBy(nonEditor));
            assertEquals(Reason.MISSING_ROLE, refusal.reason());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n  "})
        void submissionWithoutTitleIsIncomplete(String blankTitle) {
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> ContentItem.submit(ContentKind.ARTICLE, DESK, blankTitle, BODY, MODEL_CARD, List.of(),
                            false, EDITOR, SUBMITTED_AT));
            assertEquals(Reason.INCOMPLETE_REQUEST, refusal.reason());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n  "})
        void submissionWithoutBodyIsIncomplete(String blankBody) {
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> ContentItem.submit(ContentKind.ARTICLE, DESK, TITLE, blankBody, MODEL_CARD, List.of(),
                            false, EDITOR, SUBMITTED_AT));
            assertEquals(Reason.INCOMPLETE_REQUEST, refusal.reason());
        }

        @Test
        void titleOfTheMaximumLengthIsAccepted() {
            String longest = "t".repeat(ContentItem.MAX_TITLE_LENGTH);

            ContentItem item = ContentItem.submit(ContentKind.ARTICLE, DESK, longest, BODY, MODEL_CARD, List.of(),
                    false, EDITOR, SUBMITTED_AT);

            assertEquals(longest, item.currentRevision().title());
        }

        @Test
        void titleLongerThanTheMaximumIsRefused() {
            String tooLong = "t".repeat(ContentItem.MAX_TITLE_LENGTH + 1);

            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> ContentItem.submit(ContentKind.ARTICLE, DESK, tooLong, BODY, MODEL_CARD, List.of(),
                            false, EDITOR, SUBMITTED_AT));

            assertEquals(Reason.INCOMPLETE_REQUEST, refusal.reason());
            assertTrue(refusal.getMessage().contains(String.valueOf(ContentItem.MAX_TITLE_LENGTH)),
                    "the message should say what the limit is: " + refusal.getMessage());
        }

        @Test
        void anItemIsFiledUnderItsDeskInLowerCase() {
            ContentItem item = ContentItem.submit(ContentKind.ARTICLE, " Business ", TITLE, BODY, MODEL_CARD,
                    List.of(), false, EDITOR, SUBMITTED_AT);

            assertEquals("business", item.desk());
            assertEquals("business", item.view().desk());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void anItemWithoutADeskGoesToTheDefaultDesk(String noDesk) {
            ContentItem item = ContentItem.submit(ContentKind.ARTICLE, noDesk, TITLE, BODY, MODEL_CARD, List.of(),
                    false, EDITOR, SUBMITTED_AT);

            assertEquals(ContentItem.DEFAULT_DESK, item.desk());
        }

        @ParameterizedTest
        @ValueSource(strings = {"politics desk", "../admin", "-sport", "café",
            "sixty-five-characters-is-one-more-than-a-desk-name-may-have-xxxxx"})
        void aDeskNameThatIsNoSlugIsRefused(String badDesk) {
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> ContentItem.submit(ContentKind.ARTICLE, badDesk, TITLE, BODY, MODEL_CARD, List.of(),
                            false, EDITOR, SUBMITTED_AT));

            assertEquals(Reason.INCOMPLETE_REQUEST, refusal.reason());
        }
    }

    static Stream<Actor> nonEditors() {
        return Stream.of(
                new Actor("rita", Set.of(Role.REVIEWER)),
                new Actor("paul", Set.of(Role.PUBLISHER)),
                new Actor("carla", Set.of(Role.COMPLIANCE)),
                new Actor("adam", Set.of(Role.ADMIN)),
                new Actor("rp", Set.of(Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN)),
                new Actor("nobody", Set.of()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // approve

    @Nested
    class Approving {

        @Test
        void reviewerApprovesAnItemInReview() {
            ContentItem item = submitBy(EDITOR);

            ItemState after = item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER);

            assertAll(
                    () -> assertEquals(ItemState.APPROVED, after),
                    () -> assertEquals(ItemState.APPROVED, item.state()),
                    () -> assertEquals("rita", item.approvedBy()),
                    () -> assertNull(item.releasedBy()),
                    () -> assertEquals(LATER, item.updatedAt()),
                    () -> assertEquals(SUBMITTED_AT, item.createdAt()),
                    () -> assertEquals(1, item.currentRevision().number()));
        }

        @Test
        void reviewerCannotApproveAnItemTheyRequested() {
            ContentItem item = submitBy(EDITOR_REVIEWER);

            TransitionRefusedException refusal = assertRefusedWithoutChange(item, Reason.FOUR_EYES,
                    () -> item.apply(ReviewAction.APPROVE, EDITOR_REVIEWER, null, null, LATER));

            assertTrue(refusal.getMessage().contains("eve"), refusal.getMessage());
        }

        @Test
        void holdingEveryRoleDoesNotLiftTheFourEyesRule() {
            ContentItem item = submitBy(EVERYONE);

            assertRefusedWithoutChange(item, Reason.FOUR_EYES,
                    () -> item.apply(ReviewAction.APPROVE, EVERYONE, null, null, LATER));
        }

        @Test
        void anotherReviewerCanApproveWhatAReviewingEditorRequested() {
            ContentItem item = submitBy(EDITOR_REVIEWER);

            item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER);

            assertEquals(ItemState.APPROVED, item.state());
            assertEquals("rita", item.approvedBy());
        }

        @ParameterizedTest
        @MethodSource("org.imprimatur.review.domain.ContentItemTest#nonReviewers")
        void someoneWhoIsNoReviewerCannotApprove(Actor nonReviewer) {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.MISSING_ROLE,
                    () -> item.apply(ReviewAction.APPROVE, nonReviewer, null, null, LATER));
        }

        @Test
        void approvedItemCannotBeApprovedAgain() {
            ContentItem item = approved();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.APPROVE, new Actor("ray", Set.of(Role.REVIEWER)), null, null,
                            EVEN_LATER));
        }
    }

    static Stream<Actor> nonPublishers() {
        return Stream.of(
                new Actor("ed", Set.of(Role.EDITOR)),
                new Actor("rita", Set.of(Role.REVIEWER)),
                new Actor("carla", Set.of(Role.COMPLIANCE)),
                new Actor("adam", Set.of(Role.ADMIN)));
    }

    static Stream<Actor> nonReviewers() {
        return Stream.of(
                new Actor("ed", Set.of(Role.EDITOR)),
                new Actor("paul", Set.of(Role.PUBLISHER)),
                new Actor("carla", Set.of(Role.COMPLIANCE)),
                new Actor("adam", Set.of(Role.ADMIN)),
                new Actor("nobody", Set.of()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // reject

    @Nested
    class SeveralApprovals {

        private final Actor secondReviewer = new Actor("ray", Set.of(Role.REVIEWER));

        @Test
        void anApprovalShortOfTheRequiredCountIsRecordedAndTheItemStaysInReview() {
            ContentItem item = submitBy(EDITOR);

            assertEquals(ItemState.IN_REVIEW, item.apply(ReviewAction.APPROVE, REVIEWER, null, null, 2, LATER));
            assertAll(
                    () -> assertEquals(List.of("rita"), item.approvals()),
                    () -> assertNull(item.approvedBy()));

            assertEquals(ItemState.APPROVED, item.apply(ReviewAction.APPROVE, secondReviewer, null, null, 2, EVEN_LATER));
            assertAll(
                    () -> assertEquals(List.of("rita", "ray"), item.approvals()),
                    () -> assertEquals("ray", item.approvedBy()));
        }

        @Test
        void oneReviewerCountsOnce() {
            ContentItem item = submitBy(EDITOR);
            item.apply(ReviewAction.APPROVE, REVIEWER, null, null, 2, LATER);

            assertRefusedWithoutChange(item, Reason.FOUR_EYES,
                    () -> item.apply(ReviewAction.APPROVE, REVIEWER, null, null, 2, EVEN_LATER));
            assertEquals(List.of("rita"), item.approvals());
        }

        @Test
        void aNewRevisionLapsesTheApprovalsGivenSoFar() {
            ContentItem item = submitBy(EDITOR);
            item.apply(ReviewAction.APPROVE, REVIEWER, null, null, 2, LATER);

            item.revise(TITLE, "The council voted 6 to 5.", EDITOR, 1, EVEN_LATER);

            assertEquals(List.of(), item.approvals());
            assertEquals(ItemState.IN_REVIEW, item.apply(ReviewAction.APPROVE, REVIEWER, null, null, 2,
                    EVEN_LATER.plusSeconds(60)), "rita's approval of revision 1 does not count for revision 2");
        }
    }

    @Nested
    class ImagesOfPeople {

        private ContentItem image(boolean depictsPeople) {
            return ContentItem.submit(ContentKind.IMAGE, DESK, "Crowd at the town hall", "A crowd.", MODEL_CARD,
                    List.of(), depictsPeople, EDITOR, SUBMITTED_AT);
        }

        @Test
        void theEditorSaysSoOnSubmissionAndAnotherReviewerMayChangeIt() {
            ContentItem item = image(true);
            assertTrue(item.depictsPeople());

            item.depictPeople(false, REVIEWER, LATER);

            assertEquals(false, item.depictsPeople());
        }

        @Test
        void onlyAnImageShowsPeople() {
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> ContentItem.submit(ContentKind.ARTICLE, DESK, TITLE, BODY, MODEL_CARD, List.of(), true,
                            EDITOR, SUBMITTED_AT));
            assertEquals(Reason.INCOMPLETE_REQUEST, refusal.reason());
        }

        @Test
        void noEditorAndNoOneWhoRequestedOrWroteItChangesItAfterSubmission() {
            ContentItem item = image(true);

            assertThrows(TransitionRefusedException.class, () -> item.depictPeople(false, EDITOR, LATER));
            ContentItem own = ContentItem.submit(ContentKind.IMAGE, DESK, "Crowd", "A crowd.", MODEL_CARD, List.of(),
                    true, EDITOR_REVIEWER, SUBMITTED_AT);
            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> own.depictPeople(false, EDITOR_REVIEWER, LATER));
            assertEquals(Reason.FOUR_EYES, refusal.reason());
            assertTrue(own.depictsPeople());
        }

        @Test
        void aDecidedItemKeepsIt() {
            ContentItem item = image(true);
            item.apply(ReviewAction.REJECT, REVIEWER, "Not usable", null, LATER);

            TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                    () -> item.depictPeople(false, new Actor("ray", Set.of(Role.REVIEWER)), EVEN_LATER));
            assertEquals(Reason.ILLEGAL_STATE, refusal.reason());
        }
    }

    @Nested
    class Rejecting {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\n\t"})
        void rejectionWithoutReasonIsIncomplete(String blankReason) {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.INCOMPLETE_REQUEST,
                    () -> item.apply(ReviewAction.REJECT, REVIEWER, blankReason, null, LATER));
        }

        @Test
        void reviewerRejectsWithAReason() {
            ContentItem item = submitBy(EDITOR);

            ItemState after = item.apply(ReviewAction.REJECT, REVIEWER, "The vote count is not sourced", null,
                    LATER);

            assertAll(
                    () -> assertEquals(ItemState.REJECTED, after),
                    () -> assertEquals(ItemState.REJECTED, item.state()),
                    () -> assertNull(item.approvedBy()),
                    () -> assertNull(item.releasedBy()),
                    () -> assertEquals(LATER, item.updatedAt()));
        }

        @ParameterizedTest
        @MethodSource("org.imprimatur.review.domain.ContentItemTest#nonReviewers")
        void someoneWhoIsNoReviewerCannotReject(Actor nonReviewer) {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.MISSING_ROLE,
                    () -> item.apply(ReviewAction.REJECT, nonReviewer, "not good enough", null, LATER));
        }

        @Test
        void rejectedItemCannotBeApproved() {
            ContentItem item = rejected();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.APPROVE, new Actor("ray", Set.of(Role.REVIEWER)), null, null,
                            EVEN_LATER));
        }

        @Test
        void rejectedItemCannotBeReleased() {
            ContentItem item = rejected();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, EVEN_LATER));
        }

        @Test
        void rejectedItemCannotBeRejectedAgain() {
            ContentItem item = rejected();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.REJECT, REVIEWER, "still wrong", null, EVEN_LATER));
        }

        @Test
        void approvedItemCannotBeRejected() {
            ContentItem item = approved();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.REJECT, new Actor("ray", Set.of(Role.REVIEWER)),
                            "changed my mind", null, EVEN_LATER));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // release

    @Nested
    class Releasing {

        @Test
        void publisherReleasesAnApprovedItem() {
            ContentItem item = approved();

            ItemState after = item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, EVEN_LATER);

            assertAll(
                    () -> assertEquals(ItemState.RELEASED, after),
                    () -> assertEquals(ItemState.RELEASED, item.state()),
                    () -> assertEquals("paul", item.releasedBy()),
                    () -> assertEquals("rita", item.approvedBy()),
                    () -> assertEquals(EVEN_LATER, item.updatedAt()));
        }

        @Test
        void itemStillInReviewCannotBeReleased() {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, LATER));
        }

        @Test
        void publisherCannotReleaseAnItemTheyRequested() {
            ContentItem item = submitBy(EDITOR_PUBLISHER);
            item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER);

            TransitionRefusedException refusal = assertRefusedWithoutChange(item, Reason.FOUR_EYES,
                    () -> item.apply(ReviewAction.RELEASE, EDITOR_PUBLISHER, null, null, EVEN_LATER));

            assertEquals(ItemState.APPROVED, item.state());
            assertTrue(refusal.getMessage().contains("pat"), refusal.getMessage());
        }

        @Test
        void reviewerWhoIsNoPublisherCannotRelease() {
            ContentItem item = approved();

            assertRefusedWithoutChange(item, Reason.MISSING_ROLE,
                    () -> item.apply(ReviewAction.RELEASE, new Actor("ray", Set.of(Role.REVIEWER)), null, null,
                            EVEN_LATER));
        }

        @Test
        void releasedItemCannotBeReleasedAgain() {
            ContentItem item = approved();
            item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, EVEN_LATER);

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.RELEASE, new Actor("petra", Set.of(Role.PUBLISHER)), null,
                            null, EVEN_LATER.plusSeconds(60)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // disclosure label

    @Nested
    class Labelling {

        @Test
        void anApprovedItemWithoutALabelIsNotReleased() {
            ContentItem item = submitBy(EDITOR);
            item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER);

            TransitionRefusedException refusal = assertRefusedWithoutChange(item, Reason.DISCLOSURE_MISSING,
                    () -> item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, EVEN_LATER));

            assertTrue(refusal.getMessage().contains("disclosure"), refusal.getMessage());
        }

        @Test
        void aPublisherLabelsAnItemAndItsViewCarriesTheLabel() {
            ContentItem item = submitBy(EDITOR);

            DisclosureLabel label = item.label("  " + STATEMENT + " ", DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
                    PUBLISHER, LATER);

            assertEquals(new DisclosureLabel(STATEMENT, "trainedAlgorithmicMedia", "paul", LATER), label);
            assertEquals(Optional.of(label), item.view().disclosure());
            assertEquals(ItemState.IN_REVIEW, item.state(), "a label is no transition");
        }

        @Test
        void aNewLabelReplacesTheOld() {
            ContentItem item = submitBy(EDITOR);
            item.label(STATEMENT, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, LATER);

            item.label("Written with AI.", DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, PUBLISHER,
                    EVEN_LATER);

            assertEquals("compositeWithTrainedAlgorithmicMedia", item.disclosure().orElseThrow().digitalSourceType());
        }

        @ParameterizedTest
        @MethodSource("org.imprimatur.review.domain.ContentItemTest#nonPublishers")
        void onlyAPublisherLabels(Actor nonPublisher) {
            ContentItem item = submitBy(EDITOR);

            assertThrowsRefusal(Reason.MISSING_ROLE,
                    () -> item.label(STATEMENT, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, nonPublisher, LATER));
            assertTrue(item.disclosure().isEmpty());
        }

        @Test
        void aReleasedItemKeepsTheLabelItWasPublishedWith() {
            ContentItem item = released();

            assertThrowsRefusal(Reason.ILLEGAL_STATE, () -> item.label("Something else.",
                    DigitalSourceType.COMPOSITE_SYNTHETIC, PUBLISHER, EVEN_LATER.plusSeconds(60)));
            assertEquals(STATEMENT, item.disclosure().orElseThrow().statement());
        }

        @Test
        void aBlankOrOverlongStatementIsRefused() {
            ContentItem item = submitBy(EDITOR);

            assertThrowsRefusal(Reason.INCOMPLETE_REQUEST,
                    () -> item.label(" ", DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, LATER));
            assertThrowsRefusal(Reason.INCOMPLETE_REQUEST, () -> item.label("x".repeat(
                    ContentItem.MAX_STATEMENT_LENGTH + 1), DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, LATER));
        }

        @Test
        void theModelsOwnWorkUntilSomeoneWritesARevisionThenAComposite() {
            ContentItem item = submitBy(EDITOR);
            assertEquals(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, item.defaultSourceType());

            item.revise(TITLE, BODY + " It takes effect in May.", REVIEWER, 1, LATER);

            assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, item.defaultSourceType());
        }

        private static void assertThrowsRefusal(Reason expected, Executable labelling) {
            assertEquals(expected, assertThrows(TransitionRefusedException.class, labelling).reason());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // expected revision

    @Nested
    class ExpectedRevision {

        @ParameterizedTest
        @ValueSource(ints = {0, 2, 99})
        void actingOnAnotherRevisionThanTheCurrentIsStale(int staleRevision) {
            ContentItem item = submitBy(EDITOR);

            TransitionRefusedException refusal = assertRefusedWithoutChange(item, Reason.STALE_REVISION,
                    () -> item.apply(ReviewAction.APPROVE, REVIEWER, null, staleRevision, LATER));

            assertTrue(refusal.getMessage().contains(String.valueOf(staleRevision)), refusal.getMessage());
        }

        @Test
        void actingOnTheCurrentRevisionIsAccepted() {
            ContentItem item = submitBy(EDITOR);

            ItemState after = item.apply(ReviewAction.APPROVE, REVIEWER, null, 1, LATER);

            assertEquals(ItemState.APPROVED, after);
            assertEquals(ItemState.APPROVED, item.state());
        }

        @Test
        void withoutAnExpectedRevisionTheCurrentOneIsActedOn() {
            ContentItem item = submitBy(EDITOR);

            assertEquals(ItemState.APPROVED, item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // changes requested, revisions, withdrawal, separation of duties

    @Nested
    class RequestingChanges {

        @Test
        void aReviewerSendsAnItemBackWithAReason() {
            ContentItem item = submitBy(EDITOR);

            assertEquals(ItemState.CHANGES_REQUESTED,
                    item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, "Source the budget figure", null, LATER));
        }

        @Test
        void withoutAReasonNothingHappens() {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.INCOMPLETE_REQUEST,
                    () -> item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, " ", null, LATER));
        }

        @Test
        void onlyAReviewerMayAskForChanges() {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.MISSING_ROLE,
                    () -> item.apply(ReviewAction.REQUEST_CHANGES, PUBLISHER, "Fix it", null, LATER));
        }

        @Test
        void anItemWaitingForChangesCannotBeApprovedButCanBeRejected() {
            ContentItem item = submitBy(EDITOR);
            item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, "Source the budget figure", null, LATER);

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.APPROVE, REVIEWER, null, null, EVEN_LATER));
            assertEquals(ItemState.REJECTED, item.apply(ReviewAction.REJECT, REVIEWER, "Never fixed", null, EVEN_LATER));
        }
    }

    @Nested
    class Revising {

        @Test
        void aNewRevisionAfterRequestedChangesReturnsTheItemToReview() {
            ContentItem item = submitBy(EDITOR);
            item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, "Source the budget figure", null, LATER);

            Revision revision = item.revise("Council approves budget", "The council voted 7 to 4.", EDITOR, 1,
                    EVEN_LATER);

            assertEquals(2, revision.number());
            assertEquals(ItemState.IN_REVIEW, item.state());
            assertEquals(revision, item.currentRevision());
            assertEquals("erin", revision.author());
            assertEquals(MODEL_CARD, revision.modelCard(), "an edit keeps the AI origin on record");
            assertEquals(List.of(1, 2), item.revisions().stream().map(Revision::number).toList());
            assertEquals(BODY, item.revisions().get(0).body(), "earlier revisions are kept as they were");
        }

        @Test
        void sentencesKeptWordForWordKeepTheirSourcesAndRewrittenOnesHaveNone() {
            String kept = "The council voted 7 to 4.";
            String rewritten = "It meets again in May.";
            String body = kept + " " + rewritten;
            Evidence release = new Evidence("release", new Span(10, 35), "The council voted 7 to 4.", 0.97);
            Evidence minutes = new Evidence("minutes", new Span(0, 22), "The council meets in May.", 0.81);
            ContentItem item = ContentItem.submit(ContentKind.ARTICLE, DESK, TITLE, body, MODEL_CARD, List.of(
                    new Attribution(new Span(0, kept.length()), List.of(release)),
                    new Attribution(new Span(kept.length() + 1, body.length()), List.of(minutes))),
                    false, EDITOR, SUBMITTED_AT);

            String edited = "Budget news. " + kept + " The next session is in June.";
            Revision revision = item.revise(TITLE, edited, REVIEWER, 1, LATER);

            assertEquals(1, revision.attributions().size(), revision.attributions().toString());
            Attribution moved = revision.attributions().get(0);
            assertEquals(kept, moved.sentence().of(edited));
            assertEquals(List.of(release), moved.sources());
            assertEquals(2, item.revisions().get(0).attributions().size(), "the first revision keeps its record");
        }

        @Test
        void theAuthorOfTheLatestRevisionCannotApproveIt() {
            ContentItem item = submitBy(EDITOR);
            item.revise(TITLE, "A reviewer's own rewording.", REVIEWER, 1, LATER);

            assertRefusedWithoutChange(item, Reason.FOUR_EYES,
                    () -> item.apply(ReviewAction.APPROVE, REVIEWER, null, null, EVEN_LATER));
            Actor otherReviewer = new Actor("ruth", Set.of(Role.REVIEWER));
            assertEquals(ItemState.APPROVED, item.apply(ReviewAction.APPROVE, otherReviewer, null, null, EVEN_LATER));
        }

        @Test
        void editingAnApprovedItemWithdrawsTheApproval() {
            ContentItem item = approved();

            item.revise(TITLE, "A late correction.", EDITOR, 1, EVEN_LATER);

            assertEquals(ItemState.IN_REVIEW, item.state());
            assertNull(item.approvedBy(), "the approval covered the old text");
        }

        @Test
        void aStaleOrMissingExpectedRevisionIsRefused() {
            ContentItem item = submitBy(EDITOR);
            item.revise(TITLE, "Second text.", EDITOR, 1, LATER);

            assertRefusedWithoutChange(item, Reason.STALE_REVISION,
                    () -> item.revise(TITLE, "Based on the first.", REVIEWER, 1, EVEN_LATER));
            assertRefusedWithoutChange(item, Reason.INCOMPLETE_REQUEST,
                    () -> item.revise(TITLE, "Based on nothing.", REVIEWER, null, EVEN_LATER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"rejected", "released"})
        void decidedItemsAreNotEdited(String startingPoint) {
            ContentItem item = "rejected".equals(startingPoint) ? rejected() : released();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.revise(TITLE, "Too late.", EDITOR, 1, EVEN_LATER.plusSeconds(60)));
        }

        @Test
        void onlyEditorsAndReviewersWriteRevisions() {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.MISSING_ROLE,
                    () -> item.revise(TITLE, "A publisher's rewording.", PUBLISHER, 1, LATER));
        }

        @Test
        void aRevisionNeedsATitleAndABody() {
            ContentItem item = submitBy(EDITOR);

            assertRefusedWithoutChange(item, Reason.INCOMPLETE_REQUEST, () -> item.revise(" ", BODY, EDITOR, 1, LATER));
            assertRefusedWithoutChange(item, Reason.INCOMPLETE_REQUEST, () -> item.revise(TITLE, "", EDITOR, 1, LATER));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void aPublisherWithdrawsAReleasedItemWithAReason() {
            ContentItem item = released();

            assertEquals(ItemState.WITHDRAWN, item.apply(ReviewAction.WITHDRAW, PUBLISHER,
                    "Correction: the vote was 6 to 5", null, EVEN_LATER.plusSeconds(60)));
        }

        @Test
        void withdrawalNeedsAReasonAndAPublisher() {
            ContentItem item = released();

            assertRefusedWithoutChange(item, Reason.INCOMPLETE_REQUEST,
                    () -> item.apply(ReviewAction.WITHDRAW, PUBLISHER, null, null, EVEN_LATER.plusSeconds(60)));
            assertRefusedWithoutChange(item, Reason.MISSING_ROLE,
                    () -> item.apply(ReviewAction.WITHDRAW, REVIEWER, "Takedown", null, EVEN_LATER.plusSeconds(60)));
        }

        @Test
        void onlyReleasedItemsAreWithdrawn() {
            ContentItem item = approved();

            assertRefusedWithoutChange(item, Reason.ILLEGAL_STATE,
                    () -> item.apply(ReviewAction.WITHDRAW, PUBLISHER, "Takedown", null, EVEN_LATER));
        }
    }

    @Test
    void whetherAnApproverMayAlsoReleaseIsThePolicysToSay() {
        Actor reviewerAndPublisher = new Actor("rob", Set.of(Role.REVIEWER, Role.PUBLISHER));
        ContentItem item = submitBy(EDITOR);
        item.apply(ReviewAction.APPROVE, reviewerAndPublisher, null, null, LATER);
        item.label(STATEMENT, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, LATER);

        assertEquals(ItemState.RELEASED, item.apply(ReviewAction.RELEASE, reviewerAndPublisher, null, null, EVEN_LATER));
    }

    @ParameterizedTest
    @MethodSource("refusedTransitionsAfterTheReviewDecision")
    void afterTheReviewDecisionOnlyReleaseAndWithdrawalMoveAnItem(String startingPoint, ReviewAction action,
                                                             Reason expected) {
        ContentItem item = switch (startingPoint) {
            case "approved" -> approved();
            case "rejected" -> rejected();
            case "released" -> released();
            default -> throw new IllegalArgumentException(startingPoint);
        };
        Actor someoneElse = new Actor("other", Role.ALL);

        assertRefusedWithoutChange(item, expected,
                () -> item.apply(action, someoneElse, "a reason", null, EVEN_LATER.plusSeconds(3600)));
    }

    static Stream<Arguments> refusedTransitionsAfterTheReviewDecision() {
        return Stream.of(
                Arguments.of("approved", ReviewAction.APPROVE, Reason.ILLEGAL_STATE),
                Arguments.of("approved", ReviewAction.REJECT, Reason.ILLEGAL_STATE),
                Arguments.of("rejected", ReviewAction.APPROVE, Reason.ILLEGAL_STATE),
                Arguments.of("rejected", ReviewAction.REJECT, Reason.ILLEGAL_STATE),
                Arguments.of("rejected", ReviewAction.RELEASE, Reason.ILLEGAL_STATE),
                Arguments.of("released", ReviewAction.APPROVE, Reason.ILLEGAL_STATE),
                Arguments.of("released", ReviewAction.REJECT, Reason.ILLEGAL_STATE),
                Arguments.of("released", ReviewAction.RELEASE, Reason.ILLEGAL_STATE),
                Arguments.of("rejected", ReviewAction.REQUEST_CHANGES, Reason.ILLEGAL_STATE),
                Arguments.of("rejected", ReviewAction.WITHDRAW, Reason.ILLEGAL_STATE),
                Arguments.of("approved", ReviewAction.WITHDRAW, Reason.ILLEGAL_STATE),
                Arguments.of("released", ReviewAction.REQUEST_CHANGES, Reason.ILLEGAL_STATE));
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static ContentItem submitBy(Actor requester) {
        return ContentItem.submit(ContentKind.ARTICLE, DESK, TITLE, BODY, MODEL_CARD, List.of(), false, requester,
                SUBMITTED_AT);
    }

    /** Requested by erin, approved by rita, labelled by paul. */
    private static ContentItem approved() {
        ContentItem item = submitBy(EDITOR);
        item.apply(ReviewAction.APPROVE, REVIEWER, null, null, LATER);
        item.label(STATEMENT, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, LATER);
        assertEquals(ItemState.APPROVED, item.state());
        return item;
    }

    /** Requested by erin, rejected by rita. */
    private static ContentItem rejected() {
        ContentItem item = submitBy(EDITOR);
        item.apply(ReviewAction.REJECT, REVIEWER, "unsourced claims", null, LATER);
        assertEquals(ItemState.REJECTED, item.state());
        return item;
    }

    /** Requested by erin, approved by rita, released by paul. */
    private static ContentItem released() {
        ContentItem item = approved();
        item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, EVEN_LATER);
        assertEquals(ItemState.RELEASED, item.state());
        return item;
    }

    /** What a refused transition must leave exactly as it was. */
    private record Snapshot(ItemState state, String approvedBy, String releasedBy, Instant updatedAt,
                            int revision, String requestedBy) {

        static Snapshot of(ContentItem item) {
            return new Snapshot(item.state(), item.approvedBy(), item.releasedBy(), item.updatedAt(),
                    item.currentRevision().number(), item.requestedBy());
        }
    }

    /**
     * Asserts that the transition is refused for the expected reason and that the item is exactly as it was.
     */
    private static TransitionRefusedException assertRefusedWithoutChange(ContentItem item, Reason expected,
                                                                         Executable transition) {
        Snapshot before = Snapshot.of(item);
        TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class, transition);
        assertEquals(expected, refusal.reason(), () -> "refused, but for the wrong reason: " + refusal.getMessage());
        assertEquals(before, Snapshot.of(item), "a refused transition must not change the item");
        return refusal;
    }
}
