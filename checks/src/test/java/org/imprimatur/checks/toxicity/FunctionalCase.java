package org.imprimatur.checks.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Severity;

/**
 * One hand-written functional case from {@code functional-cases.tsv}: a sentence and what the check must make of it.
 *
 * @param kind       what the case tests: a category, or a kind of hard negative (negation, counter-speech, ...)
 * @param expect     {@code none}, {@code reported}, {@code at-most-low} or categories separated by {@code |}
 * @param sentence   the sentence, escapes resolved
 * @param knownMiss  why the committed model gets this case wrong, or null if it should get it right
 */
record FunctionalCase(String kind, String expect, String sentence, String knownMiss) {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    static List<FunctionalCase> load() throws IOException {
        List<FunctionalCase> cases = new ArrayList<>();
        try (InputStream in = FunctionalCase.class.getResourceAsStream("functional-cases.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3 && fields.length != 4) {
                    throw new IOException("Expected kind, expect, sentence and perhaps a known miss: " + line);
                }
                cases.add(new FunctionalCase(fields[0], fields[1], unescape(fields[2]), fields.length == 4 ? fields[3] : null));
            }
        }
        return cases;
    }

    private static String unescape(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(resolved, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(resolved).toString();
    }

    /** Whether the sentence is meant to be clean (nothing, or at most reported speech at LOW). */
    boolean clean() {
        return expect.equals("none") || expect.equals("at-most-low");
    }

    /** Null if the classifier's view of the sentence meets the expectation, else what is wrong with it. */
    String violation(ToxicityAssessment assessment, Severity severity) {
        return switch (expect) {
            case "none" -> severity == Severity.NONE ? null : "flagged " + describe(assessment, severity);
            case "reported" -> severity == Severity.LOW && assessment.reportedSpeech() ? null
                    : "expected a LOW reported-speech finding, got " + describe(assessment, severity);
            case "at-most-low" -> severity == Severity.NONE || (severity == Severity.LOW && assessment.reportedSpeech())
                    ? null : "expected nothing or LOW reported speech, got " + describe(assessment, severity);
            default -> severity != Severity.NONE && categories().contains(assessment.topCategory()) ? null
                    : "expected " + expect + ", got " + describe(assessment, severity);
        };
    }

    private Set<ToxicityCategory> categories() {
        Set<ToxicityCategory> categories = EnumSet.noneOf(ToxicityCategory.class);
        for (String name : expect.split("\\|")) {
            categories.add(ToxicityCategory.fromWireName(name)
                    .orElseThrow(() -> new IllegalStateException("Unknown expectation " + expect)));
        }
        return categories;
    }

    private static String describe(ToxicityAssessment assessment, Severity severity) {
        return String.format("%s %s score %.2f%s %s", severity, assessment.topCategory().wireName(), assessment.score(),
                assessment.reportedSpeech() ? " reported" : "", assessment.categories());
    }
}
