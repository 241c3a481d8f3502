package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.imprimatur.spi.source.Passage;

/**
 * What the drafter copies as one piece: consecutive sentences of one paragraph of one source that must stay
 * together, such as a quotation spanning several sentences and the sentence naming its speaker. Most excerpts are
 * a single sentence.
 *
 * @param passages the sentences, in source order; never empty
 */
record Excerpt(List<Passage> passages) {

    Excerpt {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("An excerpt has at least one sentence");
        }
    }

    static Excerpt of(Passage passage) {
        return new Excerpt(List.of(passage));
    }

    /** This excerpt and the one that follows it in the source, as one. */
    Excerpt followedBy(Excerpt next) {
        List<Passage> joined = new ArrayList<>(passages);
        joined.addAll(next.passages);
        return new Excerpt(joined);
    }

    String sourceId() {
        return first().sourceId();
    }

    int paragraph() {
        return first().paragraph();
    }

    Passage first() {
        return passages.get(0);
    }

    Passage last() {
        return passages.get(passages.size() - 1);
    }

    /** Whether {@code next} comes right after this excerpt in their source, no sentence between. */
    boolean precedes(Excerpt next) {
        return next.sourceId().equals(sourceId()) && next.first().index() == last().index() + 1;
    }

    /** Whether {@code next} comes right after this excerpt, in the same paragraph. */
    boolean precedesInParagraph(Excerpt next) {
        return precedes(next) && next.paragraph() == last().paragraph();
    }

    /** The sentences as the body prints them, one space between sentences. */
    String text() {
        return passages.stream().map(Excerpt::printed).collect(Collectors.joining(" "));
    }

    /**
     * A source sentence as a draft prints it: word for word, single-spaced (extraction keeps the line breaks of a
     * wrapped PDF line), without the source's {@link Dateline}.
     */
    static String printed(Passage sentence) {
        return Dateline.strip(Words.singleSpaced(sentence.text()));
    }

    int words() {
        return Words.count(text());
    }
}
