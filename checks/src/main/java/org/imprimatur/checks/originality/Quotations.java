package org.imprimatur.checks.originality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.imprimatur.spi.check.Span;

/**
 * Where a text quotes: the stretches between quotation marks, marks included. Quoting a source word for word is what
 * a quotation is for, and is attributed by its speaker, so the originality check does not count quoted words.
 *
 * <p>Double quotation marks: straight {@code "…"}, curly {@code “…”}, German {@code „…“} and French {@code «…»}. A
 * double quotation left open runs to the end of its paragraph (a blank line), as news style leaves a quotation that
 * goes on in the next paragraph open. Single quotation marks, curly {@code ‘…’} and straight {@code '…'}, count only
 * when closed in the same paragraph, because the same characters are apostrophes ({@code don’t}, {@code the ’90s},
 * {@code the players' union}): a {@code ’} between two letters never closes one, and a straight {@code '} opens one
 * only after a non-letter and before a non-space.
 *
 * <p>Stateless.
 */
final class Quotations {

    private Quotations() {
    }

    /** The quoted stretches of {@code text}, in order, overlapping ones merged. */
    static List<Span> in(String text) {
        List<Span> quoted = new ArrayList<>();
        int doubleOpen = -1;
        char doubleOpener = 0;
        int singleOpen = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineFollows(text, i)) {
                if (doubleOpen >= 0) {
                    quoted.add(new Span(doubleOpen, i));
                }
                doubleOpen = -1;
                singleOpen = -1;
                continue;
            }
            if (doubleOpen < 0 && (c == '"' || c == '“' || c == '„' || c == '«')) {
                doubleOpen = i;
                doubleOpener = c;
            } else if (doubleOpen >= 0 && (c == '"' || c == '”' || c == '»' || (c == '“' && doubleOpener == '„'))) {
                quoted.add(new Span(doubleOpen, i + 1));
                doubleOpen = -1;
            }
            if (singleOpen < 0 && opensSingle(text, i)) {
                singleOpen = i;
            } else if (singleOpen >= 0 && closesSingle(text, i)) {
                quoted.add(new Span(singleOpen, i + 1));
                singleOpen = -1;
            }
        }
        if (doubleOpen >= 0) {
            quoted.add(new Span(doubleOpen, text.length()));
        }
        return merged(quoted);
    }

    private static boolean opensSingle(String text, int i) {
        char c = text.charAt(i);
        if (c == '‘') {
            return true;
        }
        return c == '\'' && !wordCharBefore(text, i) && i + 1 < text.length()
                && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean closesSingle(String text, int i) {
        char c = text.charAt(i);
        if (c == '’') {
            return !(wordCharBefore(text, i) && wordCharAfter(text, i));
        }
        return c == '\'' && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !wordCharAfter(text, i);
    }

    private static boolean wordCharBefore(String text, int i) {
        return i > 0 && Character.isLetterOrDigit(text.codePointBefore(i));
    }

    private static boolean wordCharAfter(String text, int i) {
        return i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1));
    }

    /** Whether the line break at {@code i} is followed by a line holding nothing but white space. */
    private static boolean blankLineFollows(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static List<Span> merged(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
