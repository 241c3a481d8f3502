package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Span;

/**
 * Finds {@link Quotation quotations} in a text: words between straight double quotes, curly double quotes, or curly
 * single quotes that open after a space and close before a space or punctuation (so that apostrophes are not taken
 * for quotes), and the speaker a sentence gives a quotation. Titles in quotation marks ({@code "Master of Puppets"},
 * every word but the short function words capitalised) name a work and are not quotations. Stateless.
 */
final class Quotations {

    private static final Pattern QUOTED = Pattern.compile(
            "\"([^\"\\n]+)\"|“([^”\\n]+)”|(?<![\\p{L}\\p{N}])‘([^’\\n]+(?:’[\\p{L}][^’\\n]*)*)’(?![\\p{L}\\p{N}])");
    /** Verbs that attribute speech; the speaker stands next to them. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "stated",
            "states", "declared", "explained", "warned", "wrote", "writes", "insisted", "argued", "noted", "asked",
            "replied", "announced", "claimed", "admitted", "urged", "tweeted", "posted", "remarked", "recalled",
            "acknowledged", "conceded");
    private static final Pattern SPEECH = Pattern.compile("\\b(?:" + String.join("|", SPEECH_VERBS)
            + "|according to|in the words of)\\b");

    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "and", "at", "by", "for", "from",
            "in", "into", "of", "on", "or", "the", "to", "v", "vs", "with");

    private Quotations() {
    }

    static List<Quotation> of(String text) {
        List<Quotation> quotations = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : matcher.group(2) != null ? 2 : 3;
            Span inner = new Span(matcher.start(group), matcher.end(group));
            if (!inner.of(text).isBlank() && !isTitle(inner.of(text))) {
                quotations.add(new Quotation(new Span(matcher.start(), matcher.end()), inner, inner.of(text)));
            }
        }
        quotations.sort(Comparator.comparingInt((Quotation quotation) -> quotation.span().start()));
        return quotations;
    }

    /**
     * Whom {@code sentence} gives as the speaker of {@code quotation}: the name outside any quotation nearest to it,
     * if the sentence attributes speech ({@code said}, {@code according to}, a colon before the quotation); empty if
     * it names nobody (a pronoun: {@code she said}).
     *
     * @param names the names found in {@code sentence}
     */
    static Optional<Name> speaker(String sentence, Quotation quotation, List<Name> names) {
        List<Quotation> all = of(sentence);
        String before = sentence.substring(0, quotation.span().start()).stripTrailing();
        boolean attributed = SPEECH.matcher(outsideQuotations(sentence)).find() || before.endsWith(":")
                || before.endsWith(",");
        if (!attributed) {
            return Optional.empty();
        }
        return names.stream()
                .filter(name -> all.stream().noneMatch(other -> within(name.span(), other.span())))
                .min(Comparator.comparingInt(name -> distance(name.span(), quotation.span())));
    }

    /** The text with every quotation blanked out, offsets kept: what the text says in its own voice. */
    static String outsideQuotations(String text) {
        StringBuilder outside = new StringBuilder(text);
        for (Quotation quotation : of(text)) {
            blank(outside, quotation.span().start(), quotation.span().end());
        }
        return outside.toString();
    }

    /**
     * {@link #outsideQuotations} of a sentence cut from a longer text, in which a quotation may run across sentences:
     * a closing mark with no opening mark before it ends a quotation that began in an earlier sentence, and an opening
     * mark with no closing mark after it begins one that goes on in a later sentence; the words they enclose are
     * blanked too (double quotation marks only: a single closing mark is also an apostrophe).
     */
    static String outsideQuotationsOfSentence(String sentence) {
        StringBuilder outside = new StringBuilder(outsideQuotations(sentence));
        int firstClosing = -1;
        int lastOpening = -1;
        boolean openedBefore = false;
        for (int i = 0; i < outside.length(); i++) {
            Boolean opening = doubleMark(outside, i);
            if (opening == null) {
                continue;
            }
            if (opening) {
                lastOpening = i;
                openedBefore = true;
            } else {
                lastOpening = -1;
                if (firstClosing < 0 && !openedBefore) {
                    firstClosing = i;
                }
            }
        }
        blank(outside, 0, firstClosing + 1);
        if (lastOpening >= 0) {
            blank(outside, lastOpening, outside.length());
        }
        return outside.toString();
    }

    /** Whether {@code text} has an opening (true) or closing (false) double quotation mark at {@code i}, or none. */
    private static Boolean doubleMark(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '„') {
            return true;
        }
        if (c == '”') {
            return false;
        }
        if (c != '"') {
            return null;
        }
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && !spaceAfter;
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static boolean isTitle(String quoted) {
        for (Words.Word word : Words.of(quoted)) {
            if (!word.capitalised() && !TITLE_FUNCTION_WORDS.contains(word.lower())
                    && !Character.isDigit(word.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }
}
