package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words of a text as the fact signals compare them: runs of letters and digits, an apostrophe inside a word kept
 * ({@code didn't}, {@code Okafor's}; curly apostrophes read as straight ones). Content terms are the lower-cased Porter
 * stems of the words that are neither function words nor numbers: numbers are compared as {@link Quantity quantities}.
 * Stateless.
 */
final class Words {

    /** One word and where it lies in the text it was read from. */
    record Word(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before",
            "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he",
            "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "it's", "may", "me",
            "might", "my", "of", "on", "one", "only", "or", "other", "our", "out", "over", "own", "s", "said", "says",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group().replace('’', '\''), matcher.start(), matcher.end()));
        }
        return words;
    }

    /** The distinct content terms of {@code text}, in order of first occurrence. */
    static Set<String> contentTerms(String text) {
        PorterStemmer stemmer = new PorterStemmer(); // keeps state between calls: one per use
        Set<String> terms = new LinkedHashSet<>();
        for (Word word : of(text)) {
            String lower = word.lower();
            if (!STOP_WORDS.contains(lower) && !Character.isDigit(lower.charAt(0))) {
                terms.add(stemmer.stem(withoutPossessive(lower)));
            }
        }
        return terms;
    }

    /** The Porter stem of one lower-case word. */
    static String stem(String lowerWord) {
        return new PorterStemmer().stem(lowerWord);
    }

    /** {@code Okafor's} → {@code Okafor}. */
    static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }
}
