package org.imprimatur.checks.fact;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.imprimatur.spi.check.Span;

/**
 * The name of a person, organisation or place as a text writes it, without titles: {@code Mayor Amara Okafor} is the
 * name {@code Amara Okafor}; {@code Bank of England} keeps its words and drops the connector.
 *
 * @param span  where the name (titles included) lies in the text it was read from
 * @param words the words that make the name, in order, without titles, connectors or a possessive {@code 's}
 */
record Name(Span span, List<String> words) {

    Name {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A name has at least one word");
        }
    }

    /** The word that identifies it most: the last ({@code Okafor}, {@code England}). */
    String head() {
        return words.get(words.size() - 1);
    }

    /**
     * Whether a text whose capitalised words have the {@link #key keys} {@code capitalisedKeys} mentions this name: it
     * holds the head and at least half of the words. {@code Okafor} mentions {@code Amara Okafor}, {@code Olympic
     * Games} mentions {@code Olympics}; {@code Bank of France} does not mention {@code Bank of England}, nor {@code
     * Bank} {@code European Central Bank}.
     */
    boolean isIn(Set<String> capitalisedKeys) {
        if (!capitalisedKeys.contains(key(head()))) {
            return false;
        }
        long held = words.stream().filter(word -> capitalisedKeys.contains(key(word))).count();
        return held * 2 >= words.size();
    }

    /** The keys of this name's words. */
    Set<String> keys() {
        return words.stream().map(Name::key).collect(Collectors.toSet());
    }

    String display() {
        return String.join(" ", words);
    }

    /** What a name's word is compared by: its lower-cased stem, so that {@code Olympics} and {@code Olympic} agree. */
    static String key(String word) {
        return Words.stem(Words.withoutPossessive(word.toLowerCase(Locale.ROOT)));
    }
}
