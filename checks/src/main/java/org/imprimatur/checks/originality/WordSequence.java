package org.imprimatur.checks.originality;

import java.text.Normalizer;
import java.util.Arrays;

import org.imprimatur.spi.check.Span;

/**
 * The words of a text as the originality check compares them: maximal runs of letters, digits and combining marks,
 * lower-cased and in Unicode compatibility form, each replaced by its id in a {@link Vocabulary}. Everything else —
 * white space, punctuation, quotation marks, apostrophes, hyphens — only separates words, so {@code well-known} and
 * {@code well known}, or {@code don't} and {@code don’t}, compare equal.
 *
 * <p>Immutable once built; offsets are UTF-16 offsets into the text it was built from.
 */
final class WordSequence {

    private final int[] ids;
    private final int[] starts;
    private final int[] ends;

    private WordSequence(int[] ids, int[] starts, int[] ends) {
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
    }

    /** The words of {@code text}, their ids taken from (and added to) {@code vocabulary}. */
    static WordSequence of(String text, Vocabulary vocabulary) {
        int capacity = Math.max(16, text.length() / 5);
        int[] ids = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!isWordPart(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            boolean ascii = true;
            word.setLength(0);
            while (i < text.length() && isWordPart(codePoint = text.codePointAt(i))) {
                word.appendCodePoint(Character.toLowerCase(codePoint));
                ascii &= codePoint < 0x80;
                i += Character.charCount(codePoint);
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            String normalised = ascii ? word.toString() : Normalizer.normalize(word, Normalizer.Form.NFKC);
            ids[count] = vocabulary.id(normalised);
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new WordSequence(Arrays.copyOf(ids, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    int size() {
        return ids.length;
    }

    /** The vocabulary id of word {@code index}. */
    int id(int index) {
        return ids[index];
    }

    /** Every word's id, in order. Callers must not modify the array. */
    int[] ids() {
        return ids;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    /** The text from the start of word {@code first} to the end of word {@code last}, both included. */
    Span span(int first, int last) {
        return new Span(starts[first], ends[last]);
    }
}
