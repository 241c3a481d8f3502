package org.imprimatur.provenance.disclosure;

import static org.imprimatur.provenance.disclosure.DisclosureFixtures.LABEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LabelDecisionTest {

    private static final List<String> DRAFT = List.of("The bridge reopened on Monday.", "It cost $4 million.",
            "Traffic is expected to ease.", "The mayor attended.");

    @Test
    void sentencesLeftAsTheDraftHadThemAreTheAis() {
        LabelDecision decision = LabelDecision.compare(DRAFT, List.of("The bridge reopened on Monday.",
                        "It cost $4.2 million.", "Traffic is  expected to ease.", "Residents welcomed it."),
                List.of("bob"), List.of("alice"), "dave", LABEL, 2, 2);

        assertEquals(4, decision.sentences());
        assertEquals(2, decision.aiSentences(), "one word changed makes a sentence the editor's; spacing does not");
        assertEquals(2, decision.editedSentences());
        assertEquals(new BigDecimal("0.5000"), decision.aiShare());
    }

    @Test
    void aSentenceRepeatedMoreOftenThanTheDraftHadItIsNotAllTheAis() {
        LabelDecision decision = LabelDecision.compare(List.of("Yes."), List.of("Yes.", "Yes."), List.of("bob"),
                List.of(), "dave", LABEL, 2, 2);

        assertEquals(1, decision.aiSentences());
    }

    @Test
    void anUneditedDraftIsAllTheAis() {
        LabelDecision decision = LabelDecision.compare(DRAFT, DRAFT, List.of("bob"), List.of(), "dave", LABEL, 2, 2);

        assertEquals(new BigDecimal("1.0000"), decision.aiShare());
        assertTrue(decision.humanReview());
        assertFalse(LabelDecision.compare(DRAFT, DRAFT, List.of(), List.of(), "dave", LABEL, 2, 2).humanReview());
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsTheEvidenceForTheLedger() {
        Map<String, Object> recorded = LabelDecision.compare(DRAFT, DRAFT.subList(0, 3), List.of("bob"),
                List.of("alice"), "dave", LABEL, 3, 2).asMap();

        assertEquals("compositeWithTrainedAlgorithmicMedia", recorded.get("digitalSourceType"));
        assertEquals("dave", recorded.get("responsibleEditor"));
        assertEquals("dave", recorded.get("labelledBy"));
        assertEquals(2, recorded.get("labelledRevision"), "labelled before the last edit");
        assertEquals(3, recorded.get("revision"));
        Map<String, Object> text = (Map<String, Object>) recorded.get("text");
        assertEquals(3, text.get("aiSentences"));
        assertEquals(new BigDecimal("1.0000"), text.get("aiShare"));
        Map<String, Object> review = (Map<String, Object>) recorded.get("humanReview");
        assertEquals(true, review.get("done"));
        assertEquals(List.of("bob"), review.get("approvedBy"));
        assertEquals(List.of("alice"), review.get("editedBy"));
    }

    @Test
    void aLabelCannotBeOfARevisionAfterTheReleasedOne() {
        assertThrows(IllegalArgumentException.class,
                () -> LabelDecision.compare(DRAFT, DRAFT, List.of("bob"), List.of(), "dave", LABEL, 1, 2));
    }
}
