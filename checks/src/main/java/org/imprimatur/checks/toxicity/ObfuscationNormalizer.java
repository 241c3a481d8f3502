package org.imprimatur.checks.toxicity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undoes the usual ways of disguising a word from a filter, so that the {@link Lexicon} can match it: splits a text
 * into word tokens whose letters are folded to {@code a}–{@code z}, with the span each token covers in the original
 * text.
 *
 * <ul>
 *   <li>zero-width and other invisible characters and combining marks are dropped, so they neither split a word
 *       ({@code "f\u200Buck"}) nor change it ({@code "f̶u̶c̶k̶"});</li>
 *   <li>accents, full-width and mathematical letters fold to plain letters (compatibility decomposition);</li>
 *   <li>Cyrillic and Greek lookalikes fold to the Latin letter they imitate ({@code "fuсk"} with a Cyrillic
 *       {@code с});</li>
 *   <li>leetspeak digits and symbols fold to letters ({@code "sh1t"}, {@code "a$$"}); {@code 1}, {@code |} and
 *       {@code !} could stand for {@code i} or {@code l} and become {@link #I_OR_L};</li>
 *   <li>{@code *} inside a word is a masked letter, {@link #MASKED} ({@code "f**k"});</li>
 *   <li>single characters spaced out by one separator ({@code "f u c k"}, {@code "s.h.i.t"}) form
 *       {@link SpacedRun}s, which the lexicon reads as words.</li>
 * </ul>
 * Repeated letters ({@code "fuuuck"}) are kept; the lexicon compares runs of letters instead.
 *
 * <p>One pass over the text, so the cost is linear in its length. <b>Threading:</b> stateless.
 */
final class ObfuscationNormalizer {

    /** A token character that stood for {@code i} or {@code l}. */
    static final char I_OR_L = '?';
    /** A token character that was masked with {@code *}. */
    static final char MASKED = '*';
    /** A letter or digit that imitates no Latin letter: it keeps a word together but matches nothing. */
    static final char OTHER = '#';

    /** A token that long is no word (a URL, a hash) and is not looked up. */
    static final int MAX_TOKEN = 48;
    /** At most this many spaced-out characters are read as one run. */
    static final int MAX_SPACED_RUN = 24;

    private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(
            // Cyrillic
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('з', 'e'),
            Map.entry('і', 'i'), Map.entry('ї', 'i'), Map.entry('ј', 'j'), Map.entry('к', 'k'), Map.entry('м', 'm'),
            Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('т', 't'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ӏ', 'l'),
            Map.entry('ц', 'u'), Map.entry('п', 'n'), Map.entry('ь', 'b'), Map.entry('г', 'r'),
            // Greek
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('η', 'n'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('γ', 'y'), Map.entry('ω', 'w'),
            // Latin lookalikes outside a-z
            Map.entry('ı', 'i'), Map.entry('ɡ', 'g'), Map.entry('ʟ', 'l'), Map.entry('ß', 's'));

    private static final Map<Character, Character> LEET = Map.ofEntries(
            Map.entry('0', 'o'), Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('7', 't'),
            Map.entry('8', 'b'), Map.entry('9', 'g'), Map.entry('@', 'a'), Map.entry('$', 's'), Map.entry('€', 'e'),
            Map.entry('1', I_OR_L));

    /** A word token: its folded form and where it lies in the original text. */
    record Token(String form, int start, int end) {
    }

    /** Single characters spaced out by one separator each, such as {@code "f u c k"}: candidates for a word. */
    record SpacedRun(List<Token> letters) {
    }

    /** The tokens and spaced runs of a text. */
    record Normalized(List<Token> tokens, List<SpacedRun> spacedRuns) {
    }

    private ObfuscationNormalizer() {
    }

    static Normalized normalize(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder form = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (invisible(cp)) {
                i = next;
                continue;
            }
            String folded = fold(cp, text, next);
            if (folded.isEmpty()) {
                flush(tokens, form, start, end);
                start = -1;
            } else {
                if (start < 0) {
                    start = i;
                }
                form.append(folded);
                end = next;
            }
            i = next;
        }
        flush(tokens, form, start, end);
        return new Normalized(tokens, spacedRuns(tokens));
    }

    private static void flush(List<Token> tokens, StringBuilder form, int start, int end) {
        if (form.length() == 0) {
            return;
        }
        // A mask or an i/l sign only at the edge of a word is punctuation ("damn!", "*note"), not a letter.
        int from = 0;
        int to = form.length();
        while (from < to && isEdgeSymbol(form.charAt(from))) {
            from++;
        }
        while (to > from && isEdgeSymbol(form.charAt(to - 1))) {
            to--;
        }
        if (to > from && to - from <= MAX_TOKEN) {
            tokens.add(new Token(form.substring(from, to), start, end));
        }
        form.setLength(0);
    }

    private static boolean isEdgeSymbol(char c) {
        return c == MASKED;
    }

    /** Single-character tokens one separator apart, at least three in a row. */
    private static List<SpacedRun> spacedRuns(List<Token> tokens) {
        List<SpacedRun> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token token : tokens) {
            boolean single = token.form().length() == 1;
            boolean adjacent = !run.isEmpty() && token.start() - run.get(run.size() - 1).end() <= 2;
            if (single && (run.isEmpty() || adjacent) && run.size() < MAX_SPACED_RUN) {
                run.add(token);
                continue;
            }
            closeRun(runs, run);
            if (single) {
                run.add(token);
            }
        }
        closeRun(runs, run);
        return runs;
    }

    private static void closeRun(List<SpacedRun> runs, List<Token> run) {
        if (run.size() >= 3) {
            runs.add(new SpacedRun(List.copyOf(run)));
        }
        run.clear();
    }

    /** Zero-width characters, joiners, soft hyphens and combining marks: dropped without splitting a word. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x034F || cp == 0x115F || cp == 0x3164;
    }

    /**
     * The token characters {@code cp} stands for; empty if it separates words.
     *
     * @param after the index of the code point after {@code cp}: {@code !} and {@code |} are letters only inside a word
     */
    private static String fold(int cp, String text, int after) {
        if (cp < 128) {
            return foldAscii((char) cp, text, after);
        }
        int lower = Character.toLowerCase(cp);
        if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            Character lookalike = LOOKALIKES.get((char) lower);
            if (lookalike != null) {
                return String.valueOf(lookalike);
            }
            Character leet = LEET.get((char) lower);
            if (leet != null) {
                return String.valueOf(leet);
            }
        }
        if (!Character.isLetterOrDigit(cp)) {
            return "";
        }
        // Accented, full-width and mathematical letters decompose to a plain letter and marks.
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128) {
                letters.append(foldAscii(c, decomposed, i + 1));
            }
        }
        return letters.length() > 0 ? letters.toString() : String.valueOf(OTHER);
    }

    private static String foldAscii(char c, String text, int after) {
        if (c >= 'a' && c <= 'z') {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + ('a' - 'A')));
        }
        Character leet = LEET.get(c);
        if (leet != null) {
            return String.valueOf(leet);
        }
        if (c == '!' || c == '|') {
            return continuesWord(text, after) ? String.valueOf(I_OR_L) : "";
        }
        if (c == '*') {
            return String.valueOf(MASKED);
        }
        return c >= '0' && c <= '9' ? String.valueOf(OTHER) : "";
    }

    /** Whether the character at {@code index} is a letter or a digit, i.e. a {@code !} before it is inside a word. */
    private static boolean continuesWord(String text, int index) {
        return index < text.length() && Character.isLetterOrDigit(text.codePointAt(index));
    }
}
