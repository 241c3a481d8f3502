package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Attribution;
import org.imprimatur.spi.source.Passage;

/**
 * A draft's body text and the attribution of every one of its sentences.
 *
 * <p>Each body sentence is a source sentence copied word for word ({@link Excerpt#printed}), so its
 * evidence is that one passage with score {@value #VERBATIM}: the score says how fully the sentence rests on the
 * passage, and a copy rests on it entirely. How relevant the passage was to the brief is a different question,
 * answered by choosing it at all.
 *
 * @param text         paragraphs separated by a blank line, sentences within one by a space
 * @param attributions one per sentence, in text order
 */
record ArticleBody(String text, List<Attribution> attributions) {

    static final double VERBATIM = 1.0;

    private static final String PARAGRAPH_BREAK = "\n\n";

    ArticleBody {
        attributions = List.copyOf(attributions);
    }

    /** Writes the paragraphs out. */
    static ArticleBody of(List<List<Excerpt>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Attribution> attributions = new ArrayList<>();
        for (List<Excerpt> paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append(PARAGRAPH_BREAK);
            }
            int before = attributions.size();
            for (Excerpt excerpt : paragraph) {
                for (Passage passage : excerpt.passages()) {
                    if (attributions.size() > before) {
                        text.append(' ');
                    }
                    int start = text.length();
                    text.append(Excerpt.printed(passage));
                    Evidence evidence = new Evidence(passage.sourceId(), passage.span(), passage.text(), VERBATIM);
                    attributions.add(new Attribution(new Span(start, text.length()), List.of(evidence)));
                }
            }
        }
        return new ArticleBody(text.toString(), attributions);
    }

    /** How many source passages the body copies: one per sentence. */
    int passages() {
        return attributions.size();
    }

    int words() {
        return Words.count(text);
    }
}
