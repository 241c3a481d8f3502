package org.imprimatur.provenance.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imprimatur.spi.content.DisclosureLabel;

/**
 * The evidence behind a release's AI-disclosure label, as the ledger records it: how much of the released text is
 * the machine's (sentences left unchanged from the AI draft) and how much people edited, whether people reviewed it,
 * and who answers for it — what a publisher shows for the EU AI Act's editorial-responsibility exception
 * (Art. 50(4)).
 *
 * @param sentences         the sentences of the released text
 * @param aiSentences       how many of them stand word for word as the AI draft had them
 * @param approvedBy        who approved the released revision
 * @param editedBy          who wrote revisions after the AI draft, in order, each once
 * @param responsibleEditor who released it and so answers for it
 * @param label             the label it is released with
 * @param revision          the released revision
 * @param labelledRevision  the revision that was current when the label was decided: an earlier one means people
 *                          edited the text after the publisher chose its label, which the record then shows
 */
public record LabelDecision(int sentences, int aiSentences, List<String> approvedBy, List<String> editedBy,
                            String responsibleEditor, DisclosureLabel label, int revision, int labelledRevision) {

    public LabelDecision {
        if (aiSentences < 0 || aiSentences > sentences) {
            throw new IllegalArgumentException(aiSentences + " of " + sentences + " sentences cannot be the AI's");
        }
        approvedBy = List.copyOf(approvedBy);
        editedBy = List.copyOf(editedBy);
        Objects.requireNonNull(responsibleEditor, "responsibleEditor");
        Objects.requireNonNull(label, "label");
        if (labelledRevision < 1 || labelledRevision > revision) {
            throw new IllegalArgumentException("a label of revision " + labelledRevision + " cannot be that of a "
                    + "release of revision " + revision);
        }
    }

    /**
     * Compares the released text with the AI draft sentence by sentence. A released sentence is the AI's when the
     * draft has the same sentence (white space aside) not already matched: an edit of one word makes it the
     * editor's.
     *
     * @param draftSentences    the sentences of the AI draft (revision 1)
     * @param releasedSentences the sentences of the released revision
     */
    public static LabelDecision compare(List<String> draftSentences, List<String> releasedSentences,
                                        List<String> approvedBy, List<String> editedBy, String responsibleEditor,
                                        DisclosureLabel label, int revision, int labelledRevision) {
        Map<String, Integer> unmatched = new HashMap<>();
        draftSentences.forEach(sentence -> unmatched.merge(normalized(sentence), 1, Integer::sum));
        int ai = 0;
        for (String sentence : releasedSentences) {
            Integer left = unmatched.computeIfPresent(normalized(sentence), (key, count) -> count - 1);
            if (left != null && left >= 0) {
                ai++;
            }
        }
        return new LabelDecision(releasedSentences.size(), ai, approvedBy, editedBy, responsibleEditor, label, revision,
                labelledRevision);
    }

    /** The sentences people edited or wrote. */
    public int editedSentences() {
        return sentences - aiSentences;
    }

    /** The share of the released sentences that are the AI's, in [0, 1] to four places; 0 for a text of none. */
    public BigDecimal aiShare() {
        return sentences == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(aiSentences).divide(BigDecimal.valueOf(sentences), 4, RoundingMode.HALF_EVEN);
    }

    /** Whether people reviewed the released revision: someone other than its authors approved it. */
    public boolean humanReview() {
        return !approvedBy.isEmpty();
    }

    /** The decision as plain values, for the ledger. */
    public Map<String, Object> asMap() {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("sentences", sentences);
        text.put("aiSentences", aiSentences);
        text.put("editedSentences", editedSentences());
        text.put("aiShare", aiShare());
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("done", humanReview());
        review.put("approvedBy", approvedBy);
        review.put("editedBy", editedBy);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("statement", label.statement());
        decision.put("digitalSourceType", label.digitalSourceType());
        decision.put("labelledBy", label.decidedBy());
        decision.put("labelledAt", label.decidedAt().toString());
        decision.put("labelledRevision", labelledRevision);
        decision.put("revision", revision);
        decision.put("text", text);
        decision.put("humanReview", review);
        decision.put("responsibleEditor", responsibleEditor);
        return decision;
    }

    private static String normalized(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }
}
