package org.imprimatur.generation.drafting.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.spi.drafting.DraftingException;

/**
 * A model's answer taken apart: the headline from its first line, the article body with every citation marker
 * removed, and where each marker stood in that cleaned body.
 *
 * <p>Markers are bracketed passage numbers: {@code [2]}, {@code [1][3]}, {@code [1, 2]}, {@code [1-3]}. A marker
 * goes together with the spaces before it, so {@code "rose 4% [1]."} becomes {@code "rose 4%."}; numbers outside
 * {@code 1..passageCount} cite nothing and are counted in {@link #invalidCitations()}.
 *
 * @param headline         the headline, without markup or markers
 * @param body             the article text without markers; what attribution spans point into
 * @param citations        each marker run's position in {@code body} and the passages it cites, in text order
 * @param invalidCitations how many cited numbers pointed at no passage
 */
record CitedArticle(String headline, String body, List<Citation> citations, int invalidCitations) {

    private static final String NUMBERS = "\\d{1,6}\\s*(?:[-–]\\s*\\d{1,6}\\s*)?";
    private static final String MARKER = "\\[\\s*" + NUMBERS + "(?:[,;]\\s*" + NUMBERS + ")*]";
    private static final Pattern MARKER_RUN = Pattern.compile("[ \\t]*" + MARKER + "(?:[ \\t]*" + MARKER + ")*");
    private static final Pattern CITED = Pattern.compile("(\\d{1,6})\\s*(?:[-–]\\s*(\\d{1,6}))?");
    /** Reasoning models (DeepSeek-R1, Qwen3 through some servers) think aloud before they answer. */
    private static final Pattern THINKING = Pattern.compile("^\\s*<think>.*?</think>", Pattern.DOTALL);
    private static final Pattern HEADLINE_LABEL = Pattern.compile("^[#*_\\s]*(?:headline|title)\\s*:",
            Pattern.CASE_INSENSITIVE);
    /** Markdown heading and emphasis marks at either end are never part of a headline. */
    private static final Pattern HEADLINE_MARKUP = Pattern.compile("^[#*_\\s]+|[*_\\s]+$");

    CitedArticle {
        citations = List.copyOf(citations);
    }

    /**
     * One run of adjacent markers.
     *
     * @param offset   where the run stood in the cleaned body
     * @param passages the cited passages as indexes from 0 into the prompt's passages, without repeats
     */
    record Citation(int offset, List<Integer> passages) {

        Citation {
            passages = List.copyOf(passages);
        }
    }

    /**
     * Parses an answer.
     *
     * @param answer       the model's whole answer
     * @param passageCount how many passages the prompt numbered
     * @throws DraftingException if the answer has no text, or a headline but no article
     */
    static CitedArticle parse(String answer, int passageCount) throws DraftingException {
        String text = THINKING.matcher(answer.replace("\r\n", "\n")).replaceFirst("").strip();
        if (text.isEmpty()) {
            throw new DraftingException("The model gave an empty answer; try again, or try another model");
        }
        int lineEnd = text.indexOf('\n');
        String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
        String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip();

        Cleaned body = clean(rest, passageCount);
        if (body.text().isEmpty()) {
            throw new DraftingException("The model wrote only a headline and no article; try again, or try another model");
        }
        String headline = headline(clean(firstLine, passageCount).text());
        return new CitedArticle(headline, body.text(), body.citations(), body.invalid());
    }

    private record Cleaned(String text, List<Citation> citations, int invalid) {
    }

    private static Cleaned clean(String text, int passageCount) {
        StringBuilder out = new StringBuilder(text.length());
        List<Citation> citations = new ArrayList<>();
        int invalid = 0;
        int copied = 0;
        Matcher run = MARKER_RUN.matcher(text);
        while (run.find()) {
            out.append(text, copied, run.start());
            copied = run.end();
            if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                // A run that starts a line takes the spaces after it instead of those before it.
                while (copied < text.length() && (text.charAt(copied) == ' ' || text.charAt(copied) == '\t')) {
                    copied++;
                }
            }
            int offset = out.length();
            if (copied < text.length() && Character.isLetterOrDigit(text.charAt(copied))
                    && offset > 0 && !Character.isWhitespace(out.charAt(offset - 1))) {
                out.append(' '); // "rose.[1]Next" must not become "rose.Next"
            }
            Set<Integer> cited = new LinkedHashSet<>();
            Matcher number = CITED.matcher(run.group());
            while (number.find()) {
                long from = Long.parseLong(number.group(1));
                long to = number.group(2) == null ? from : Long.parseLong(number.group(2));
                if (to < from) {
                    invalid++;
                    continue;
                }
                long validFrom = Math.max(from, 1);
                long validTo = Math.min(to, passageCount);
                for (long n = validFrom; n <= validTo; n++) {
                    cited.add((int) n - 1);
                }
                invalid += (int) ((to - from + 1) - Math.max(0, validTo - validFrom + 1));
            }
            if (!cited.isEmpty()) {
                citations.add(new Citation(offset, new ArrayList<>(cited)));
            }
        }
        out.append(text, copied, text.length());
        String cleaned = out.toString().stripTrailing();
        List<Citation> within = citations.stream()
                .map(c -> c.offset() <= cleaned.length() ? c : new Citation(cleaned.length(), c.passages()))
                .toList();
        return new Cleaned(cleaned, within, invalid);
    }

    /** The first line without the markdown and the label a model may put around a headline. */
    private static String headline(String line) {
        String headline = HEADLINE_LABEL.matcher(line).replaceFirst("");
        headline = HEADLINE_MARKUP.matcher(headline).replaceAll("");
        if (headline.length() >= 2 && headline.startsWith("\"") && headline.endsWith("\"")) {
            headline = headline.substring(1, headline.length() - 1).strip();
        }
        return headline;
    }
}
