package org.imprimatur.app.publication;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.ReviewAction;
import org.junit.jupiter.api.Test;

/**
 * Which label a preview of a release renders with, and which items have a release to preview.
 */
class PublicationPreviewTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant PREVIEWED_AT = Instant.parse("2026-03-01T11:00:00Z");
    private static final String DESK_LINE = "Written with AI and checked by the metro desk.";

    private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR));
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor PUBLISHER = new Actor("paul", Set.of(Role.PUBLISHER));

    @Test
    void anUnlabelledDraftIsPreviewedWithTheDesksLineAsTheModelsOwnWorkDecidedByTheCallerNow() {
        ContentItem item = approved();

        DisclosureLabel label = PublicationPreview.labelFor(item, DESK_LINE, PUBLISHER.name(), PREVIEWED_AT);

        assertEquals(new DisclosureLabel(DESK_LINE, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.term(),
                PUBLISHER.name(), PREVIEWED_AT), label);
        assertTrue(item.disclosure().isEmpty(), "a preview sets no label");
    }

    @Test
    void anUnlabelledItemPeopleEditedIsPreviewedAsAComposite() {
        ContentItem item = submitted();
        item.revise("Tram line opens", "The new tram line opens on Monday, the council said.", EDITOR, 1,
                SUBMITTED_AT.plusSeconds(60));

        assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA.term(),
                PublicationPreview.labelFor(item, DESK_LINE, PUBLISHER.name(), PREVIEWED_AT).digitalSourceType());
    }

    @Test
    void aLabelledItemIsPreviewedWithItsOwnLabel() {
        ContentItem item = approved();
        DisclosureLabel set = item.label("Drafted by a machine, read by people.", DigitalSourceType.ALGORITHMIC_MEDIA,
                PUBLISHER, SUBMITTED_AT.plusSeconds(120));

        assertEquals(set, PublicationPreview.labelFor(item, DESK_LINE, "someone-else", PREVIEWED_AT));
    }

    @Test
    void itemsStillInReviewOrApprovedHaveAReleaseToPreview() {
        ContentItem item = submitted();
        assertDoesNotThrow(() -> PublicationPreview.requireReleasable(item));
        item.apply(ReviewAction.REQUEST_CHANGES, REVIEWER, "Name the source of the figure", null, SUBMITTED_AT);
        assertDoesNotThrow(() -> PublicationPreview.requireReleasable(item));
        assertDoesNotThrow(() -> PublicationPreview.requireReleasable(approved()));
    }

    @Test
    void aReleasedItemIsNotPreviewedButPointsToWhatItsReleasePublished() {
        ContentItem item = labelledAndApproved();
        item.apply(ReviewAction.RELEASE, PUBLISHER, null, null, PREVIEWED_AT);

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> PublicationPreview.requireReleasable(item));
        assertEquals(TransitionRefusedException.Reason.ILLEGAL_STATE, refused.reason());
        assertTrue(refused.getMessage().contains("/api/v1/items/" + item.id() + "/publication"), refused.getMessage());

        item.apply(ReviewAction.WITHDRAW, PUBLISHER, "The figure was wrong", null, PREVIEWED_AT);
        assertThrows(TransitionRefusedException.class, () -> PublicationPreview.requireReleasable(item));
    }

    @Test
    void aRejectedItemHasNoReleaseToPreview() {
        ContentItem item = submitted();
        item.apply(ReviewAction.REJECT, REVIEWER, "Not news", null, SUBMITTED_AT);

        TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                () -> PublicationPreview.requireReleasable(item));
        assertTrue(refused.getMessage().contains("rejected"), refused.getMessage());
    }

    private static ContentItem submitted() {
        ModelCard card = new ModelCard("grounded", "extractive-1", "1", Map.of(), Sha256.ofUtf8("the prompt"),
                List.of("src-1"));
        return ContentItem.submit(ContentKind.ARTICLE, "metro", "Tram line opens",
                "The new tram line opens on Monday.", card, List.of(), false, EDITOR, SUBMITTED_AT);
    }

    private static ContentItem approved() {
        ContentItem item = submitted();
        item.apply(ReviewAction.APPROVE, REVIEWER, null, null, SUBMITTED_AT.plusSeconds(60));
        return item;
    }

    private static ContentItem labelledAndApproved() {
        ContentItem item = approved();
        item.label(DESK_LINE, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, PUBLISHER, SUBMITTED_AT.plusSeconds(90));
        return item;
    }
}
