package org.imprimatur.generation.drafting.grounded;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.imprimatur.spi.source.Passage;

/**
 * The headline: the most relevant sentence that quotes nobody, condensed to its main clause, at most
 * {@value #MAX_WORDS} words, without trailing punctuation. Condensing drops, in turn, a wire dateline
 * ("ALDERMOOR (Reuters) —"), asides in brackets, a reporting frame ("The council said on Monday that …",
 * "…, officials said."), a leading subordinate clause ("After years of delay, …") and what follows the main clause
 * (", which …", " — …"); a clause still too long is cut at the last comma or conjunction within the limit, or else
 * after the limit's last word that is not a function word. A headline is a title, so it carries no attribution.
 * Stateless.
 */
final class Headline {

    static final int MAX_WORDS = 14;
    private static final int MIN_WORDS = 4;

    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern REPORTING_FRAME = Pattern.compile(
            "^[^,]{0,80}?\\b(?:said|says|announced|confirmed|reported)\\b[^,]{0,30}?\\bthat\\s+");
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            ",\\s*(?:[^,]{0,60}?\\s)?(?:said|says|announced|according to)\\b[^,]*$");
    private static final Pattern LEADING_CLAUSE = Pattern.compile(
            "^(?:After|Although|While|When|Following|Despite|Because|Though|Once|Until|Since)\\b[^,]{0,100},\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s+(?:which|who|whom|whose|where)\\b|\\s[—–]\\s|;\\s|:\\s");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}—–…]+$");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "after", "as", "with", "because",
            "amid", "despite", "although", "before", "following");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "and", "or", "but", "in",
            "on", "at", "by", "for", "from", "with", "as", "its", "their", "his", "her", "that", "which", "is", "are",
            "was", "were", "be", "than", "into", "over");

    private Headline() {
    }

    /**
     * The headline for a draft.
     *
     * @param chosen the chosen excerpts, most relevant first; not empty
     */
    static String of(List<Excerpt> chosen) {
        return chosen.stream()
                .flatMap(excerpt -> excerpt.passages().stream())
                .map(Passage::text)
                .filter(sentence -> !Quotations.hasMark(sentence))
                .findFirst()
                .map(Headline::condense)
                .orElseGet(() -> condense(Quotations.withoutMarks(chosen.get(0).first().text())));
    }

    /** {@code sentence} condensed to a headline. */
    static String condense(String sentence) {
        String text = Words.singleSpaced(sentence);
        text = Dateline.strip(text);
        text = ASIDE.matcher(text).replaceAll("");
        text = unlessTooShort(text, REPORTING_FRAME.matcher(text).replaceFirst(""));
        text = unlessTooShort(text, TRAILING_ATTRIBUTION.matcher(text).replaceFirst(""));
        text = unlessTooShort(text, LEADING_CLAUSE.matcher(text).replaceFirst(""));
        var clauseEnd = CLAUSE_END.matcher(text);
        if (clauseEnd.find()) {
            text = unlessTooShort(text, text.substring(0, clauseEnd.start()));
        }
        text = withinLimit(text);
        text = TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
        if (Quotations.openAfter(text, false)) {
            text = Quotations.withoutMarks(text);
        }
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String unlessTooShort(String before, String after) {
        return Words.count(after) >= MIN_WORDS ? after : before;
    }

    private static String withinLimit(String text) {
        String[] tokens = text.split(" ");
        if (tokens.length <= MAX_WORDS) {
            return text;
        }
        int cut = MAX_WORDS;
        for (int end = MAX_WORDS; end >= MIN_WORDS + 1; end--) {
            if (tokens[end - 1].endsWith(",") || CONJUNCTIONS.contains(tokens[end].toLowerCase(Locale.ROOT))) {
                cut = end;
                break;
            }
        }
        while (cut > MIN_WORDS && FUNCTION_WORDS.contains(bare(tokens[cut - 1]))) {
            cut--;
        }
        return String.join(" ", Arrays.copyOf(tokens, cut));
    }

    private static String bare(String token) {
        return TRAILING_PUNCTUATION.matcher(token.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
