package org.imprimatur.checks.originality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;

/**
 * A benchmark harness, not a test: the originality check on a 1,000-word revision against 5 sources of 2,000 words
 * each, generated from a seeded vocabulary of 2,000 made-up words so that chance overlaps are as rare as in real
 * prose. The revision copies three passages of the sources (60, 40 and 30 words, one with a word changed) and writes
 * the rest itself. Run it as docs/benchmarks.md says; arguments: {@code [CHECKS [SOURCES [WORDS_PER_SOURCE]]]}.
 */
public final class OriginalityBenchmark {

    private OriginalityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int sourceCount = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int wordsPerSource = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Random random = new Random(7);
        String[] vocabulary = new String[2_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = madeUpWord(random);
        }
        List<String[]> sourceWords = new ArrayList<>();
        List<SourceDocument> sources = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
            String[] words = prose(random, vocabulary, wordsPerSource);
            sourceWords.add(words);
            sources.add(Fixtures.source("source-" + s, "Source " + s, sentences(words), SourceRights.UNKNOWN));
        }
        List<String> body = new ArrayList<>(List.of(prose(random, vocabulary, 300)));
        body.addAll(List.of(Arrays.copyOfRange(sourceWords.get(0), 100, 160)));
        body.addAll(List.of(prose(random, vocabulary, 300)));
        String[] edited = Arrays.copyOfRange(sourceWords.get(sourceCount - 1), 900, 940);
        edited[20] = "changed";
        body.addAll(List.of(edited));
        body.addAll(List.of(prose(random, vocabulary, 270)));
        body.addAll(List.of(Arrays.copyOfRange(sourceWords.get(sourceCount / 2), 1500, 1530)));
        String text = sentences(body.toArray(String[]::new));

        OriginalityCheck check = new OriginalityCheck();
        check.init(key -> Optional.empty());
        CheckReport report = null;
        for (int i = 0; i < Math.max(200, checks / 5); i++) {
            report = check.check(Fixtures.article(text), Fixtures.context(sources.toArray(SourceDocument[]::new)));
        }
        double[] millis = new double[checks];
        for (int i = 0; i < checks; i++) {
            long start = System.nanoTime();
            report = check.check(Fixtures.article(text), Fixtures.context(sources.toArray(SourceDocument[]::new)));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("revision: %,d words; sources: %d x %,d words; findings: %d %s%n", body.size(), sourceCount,
                wordsPerSource, report.findings().size(),
                report.findings().stream().map(finding -> finding.message().split(" ", 2)[0] + " words").toList());
        System.out.printf("per check over %d warm runs: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                checks, Arrays.stream(millis).average().orElseThrow(), percentile(millis, 0.50),
                percentile(millis, 0.95), millis[millis.length - 1]);
        System.out.printf("cores: %d, max heap: %,d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    }

    private static String madeUpWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int letters = 2 + random.nextInt(8); letters > 0; letters--) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Words drawn with a Zipf-like bias, as in prose: a few very common, most rare. */
    private static String[] prose(Random random, String[] vocabulary, int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = vocabulary[(int) Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1];
        }
        return words;
    }

    /** The words as sentences of twenty. */
    private static String sentences(String[] words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            text.append(words[i]).append(i % 20 == 19 ? ". " : " ");
        }
        return text.toString();
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
