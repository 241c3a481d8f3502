package org.imprimatur.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BERT's first tokenisation step, as the uncased BERT models were trained with it (HuggingFace's
 * {@code BertNormalizer} with lower-casing and {@code BertPreTokenizer}): drops control characters, puts spaces
 * around CJK ideographs, lower-cases, strips accents, then splits on white space and around every punctuation
 * character. Stateless.
 */
final class BasicTokenizer {

    private BasicTokenizer() {
    }

    /** The words of {@code text}, normalised, in order; punctuation characters are words of their own. */
    static List<String> words(String text) {
        String normalised = lowerCaseWithoutAccents(cleanAndSpaceIdeographs(text));
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ' ' || isPunctuation(cp)) {
                if (start >= 0) {
                    words.add(normalised.substring(start, i));
                    start = -1;
                }
                if (cp != ' ') {
                    words.add(normalised.substring(i, next));
                }
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) {
            words.add(normalised.substring(start));
        }
        return words;
    }

    /** Drops control characters, turns all white space into plain spaces and surrounds CJK ideographs with them. */
    private static String cleanAndSpaceIdeographs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWhitespace(cp)) {
                out.append(' ');
            } else if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue;
            } else if (isCjkIdeograph(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String lowerCaseWithoutAccents(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** ASCII symbols such as {@code $ + ^ `} count as punctuation too, as BERT was trained. */
    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK Unified Ideographs blocks BERT spaces out (not Hangul, Hiragana or Katakana, which it keeps whole). */
    private static boolean isCjkIdeograph(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
