package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words that count for lexical search: runs of letters and digits, lower-cased, without the commonest English
 * function words, reduced to their Porter stems ("Taxes" and "taxed" both become "tax"). Numbers are kept: in a claim
 * they matter most. Stateless.
 */
final class Terms {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
            "her", "his", "i", "in", "is", "it", "its", "of", "on", "or", "s", "she", "so", "t", "that", "the", "their",
            "them", "there", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with", "would", "you");

    private Terms() {
    }

    static List<String> of(String text) {
        PorterStemmer stemmer = new PorterStemmer(); // keeps state between calls: one per use
        List<String> terms = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(word)) {
                    terms.add(stemmer.stem(word));
                }
                start = -1;
            }
        }
        return terms;
    }
}
