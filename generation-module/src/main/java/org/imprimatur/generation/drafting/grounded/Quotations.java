package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Double quotation marks in English news text: whether a quotation is still open after a sentence, what lies
 * outside the marks, and whether the words outside name who spoke.
 *
 * <p>Curly ({@code “ ”}), straight ({@code "}) and guillemet ({@code « »}) marks are read. A straight mark opens
 * a quotation when it follows the start of the text, white space or an opening bracket or dash, and closes one
 * otherwise, the rule typesetters use to curl them. Single marks are not tracked: {@code ’} is also the
 * apostrophe, so they cannot say where a quotation ends; in English news single marks only nest inside double
 * ones, which are tracked. Stateless.
 */
final class Quotations {

    /** Quoted stretches shorter than this are scare quotes or titles ("so-called “smart” meters"), not speech. */
    private static final int DIRECT_QUOTE_WORDS = 4;

    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|explained|explains|stated|states|announced"
                    + "|noted|notes|warned|warns|insisted|insists|asked|replied|wrote|writes|continued|commented"
                    + "|remarked|declared|acknowledged|admitted|argued|argues|claimed|claims|confirmed|stressed"
                    + "|recalled|promised|concluded)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");

    /** Who the words outside a quotation say spoke it. */
    enum Speaker {
        /** A name or a role: "said Jane Doe", "the council said". */
        NAMED,
        /** Only a pronoun ("she said"): the name is in an earlier sentence. */
        PRONOUN,
        /** No speech verb outside the quotation marks. */
        NONE
    }

    private Quotations() {
    }

    /** Whether a quotation is open at the end of {@code text}, given whether one was open at its start. */
    static boolean openAfter(String text, boolean openBefore) {
        boolean open = openBefore;
        for (int i = 0; i < text.length(); i++) {
            Mark mark = mark(text, i);
            if (mark != Mark.NONE) {
                open = mark == Mark.OPENING;
            }
        }
        return open;
    }

    /** Whether {@code text} has any double quotation mark. */
    static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (mark(text, i) != Mark.NONE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text}, starting outside any quotation, quotes someone: a quoted stretch of at least four
     * words. An unclosed quotation counts up to the end of the text.
     */
    static boolean hasDirectQuote(String text) {
        return split(text).quoted().stream().anyMatch(quoted -> Words.count(quoted) >= DIRECT_QUOTE_WORDS);
    }

    /** Who the words of {@code text} outside its quotation marks say spoke. */
    static Speaker speaker(String text) {
        List<String> words = Words.of(split(text).outside());
        Speaker found = Speaker.NONE;
        for (int i = 0; i < words.size(); i++) {
            if (!SPEECH.matcher(words.get(i)).matches() && !isAccordingTo(words, i)) {
                continue;
            }
            if (pronounNear(words, i)) {
                found = Speaker.PRONOUN;
            } else {
                return Speaker.NAMED;
            }
        }
        return found;
    }

    /** {@code text} without its quotation marks, for a headline that could not avoid a quoted sentence. */
    static String withoutMarks(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (mark(text, i) == Mark.NONE) {
                plain.append(text.charAt(i));
            }
        }
        return plain.toString();
    }

    private static boolean isAccordingTo(List<String> words, int i) {
        return i + 1 < words.size() && words.get(i).equalsIgnoreCase("according") && words.get(i + 1).equalsIgnoreCase("to");
    }

    // "she said", "she later said", "said she": the subject is at most two words before the verb or right after it.
    private static boolean pronounNear(List<String> words, int verb) {
        for (int j = Math.max(0, verb - 2); j <= Math.min(words.size() - 1, verb + 1); j++) {
            if (j != verb && PRONOUNS.contains(words.get(j).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private record Split(String outside, List<String> quoted) {
    }

    private static Split split(String text) {
        StringBuilder outside = new StringBuilder();
        List<String> quoted = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < text.length(); i++) {
            Mark mark = mark(text, i);
            if (mark == Mark.OPENING) {
                if (current == null) {
                    current = new StringBuilder();
                }
                outside.append(' ');
            } else if (mark == Mark.CLOSING) {
                if (current != null) {
                    quoted.add(current.toString());
                    current = null;
                }
                outside.append(' ');
            } else if (current != null) {
                current.append(text.charAt(i));
            } else {
                outside.append(text.charAt(i));
            }
        }
        if (current != null) {
            quoted.add(current.toString());
        }
        return new Split(outside.toString(), quoted);
    }

    private enum Mark { OPENING, CLOSING, NONE }

    private static Mark mark(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '«':
                return Mark.OPENING;
            case '”', '»':
                return Mark.CLOSING;
            case '"':
                return i == 0 || opensAfter(text.charAt(i - 1)) ? Mark.OPENING : Mark.CLOSING;
            default:
                return Mark.NONE;
        }
    }

    private static boolean opensAfter(char previous) {
        return Character.isWhitespace(previous) || "([{—–-/“«".indexOf(previous) >= 0;
    }
}
