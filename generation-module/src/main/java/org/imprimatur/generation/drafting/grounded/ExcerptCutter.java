package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.source.Passage;

/**
 * Cuts one source's sentences into {@link Excerpt}s, so that copying an excerpt never cuts a quotation and never
 * separates one from its speaker:
 * <ul>
 *   <li>a sentence that leaves a quotation open is joined with the sentences after it, up to the closing mark;</li>
 *   <li>a quotation whose sentences name no speaker takes along the next sentence when that one names a speaker
 *       without quoting anything ("Those were the words of Lena Fischer, who said …"), or else the sentence
 *       before it when that one names a speaker ("Jane Doe said the plant was late.") or introduces the quotation
 *       ("Jane Doe told the crowd:", even when extraction put the quotation in a paragraph of its own);</li>
 *   <li>a quotation attributed only by a pronoun ("she said") takes along the sentence before it, where its speaker
 *       is named.</li>
 * </ul>
 * A quotation that stays anonymous, or that is still open at the end of its paragraph, is left out: the drafter
 * would rather lose it than print words nobody said or a quotation it cannot close. Sentences without quotations
 * are excerpts of their own. Stateless.
 */
final class ExcerptCutter {

    private ExcerptCutter() {
    }

    /**
     * The excerpts of one source.
     *
     * @param sentences the source's passages in text order
     * @return its excerpts in text order; sentences of left-out quotations are in none
     */
    static List<Excerpt> cut(List<Passage> sentences) {
        List<Excerpt> runs = quotationRuns(sentences);
        List<Excerpt> excerpts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Excerpt run = runs.get(i);
            if (!Quotations.hasDirectQuote(run.text())) {
                excerpts.add(run);
                continue;
            }
            switch (Quotations.speaker(run.text())) {
                case NAMED -> excerpts.add(run);
                case NONE -> {
                    Excerpt next = i + 1 < runs.size() ? runs.get(i + 1) : null;
                    if (next != null && namesSpeakerOf(run, next)) {
                        excerpts.add(run.followedBy(next));
                        i++;
                    } else if (introducedBy(excerpts, run)) {
                        joinToLast(excerpts, run);
                    }
                }
                case PRONOUN -> {
                    if (!excerpts.isEmpty() && last(excerpts).precedesInParagraph(run)) {
                        joinToLast(excerpts, run);
                    }
                }
            }
        }
        return excerpts;
    }

    /** Runs of sentences from the one opening a quotation to the one closing it; other sentences alone. */
    private static List<Excerpt> quotationRuns(List<Passage> sentences) {
        List<Excerpt> runs = new ArrayList<>();
        List<Passage> run = new ArrayList<>();
        boolean open = false;
        for (Passage sentence : sentences) {
            if (open && sentence.paragraph() != run.get(0).paragraph()) {
                run.clear(); // the quotation ran past its paragraph
                open = false;
            }
            run.add(sentence);
            open = Quotations.openAfter(sentence.text(), open);
            if (!open) {
                runs.add(new Excerpt(run));
                run.clear();
            }
        }
        return runs; // a quotation still open at the end of the source is in none
    }

    private static boolean namesSpeakerOf(Excerpt quotation, Excerpt next) {
        return quotation.precedesInParagraph(next) && !Quotations.hasMark(next.text())
                && Quotations.speaker(next.text()) == Quotations.Speaker.NAMED;
    }

    private static boolean introducedBy(List<Excerpt> excerpts, Excerpt quotation) {
        if (excerpts.isEmpty() || !last(excerpts).precedes(quotation)) {
            return false;
        }
        Excerpt previous = last(excerpts);
        return previous.text().endsWith(":")
                || previous.precedesInParagraph(quotation) && Quotations.speaker(previous.text()) == Quotations.Speaker.NAMED;
    }

    private static Excerpt last(List<Excerpt> excerpts) {
        return excerpts.get(excerpts.size() - 1);
    }

    private static void joinToLast(List<Excerpt> excerpts, Excerpt run) {
        excerpts.set(excerpts.size() - 1, last(excerpts).followedBy(run));
    }
}
