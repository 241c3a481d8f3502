package org.imprimatur.checks.toxicity;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Times the toxicity check on a 1,000-word revision against embedding its sentences alone, and the lexicon on
 * growing texts (see docs/benchmarks.md). Arguments: {@code [ROUNDS]} (default 100).
 *
 * <p>The revision is made of the functional cases' sentences (clean and toxic, some quoting), drawn with a fixed
 * seed until it has 1,000 words, in paragraphs of four sentences.
 */
public final class ToxicityBenchmark {

    private static final int WARM_UP = 20;

    private ToxicityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String body = revisionBody(1_000, new Random(42));
        List<String> sentences = TextSegmenter.english().sentences(body).stream().map(Sentence::text).toList();
        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            PassageIndex passages = new PassageIndex(List.of(), List.of(), embedder);
            CheckContext context = new CheckContext() {
                @Override
                public List<SourceDocument> sources() {
                    return List.of();
                }

                @Override
                public SourcePassages passages() {
                    return passages;
                }
            };
            RevisionView revision = new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Benchmark", body, null,
                    List.of(), "bench", Instant.EPOCH);
            ToxicityCheck check = new ToxicityCheck();
            ToxicityClassifier classifier = ToxicityClassifier.load();
            // The texts the classifier asks to embed (sentences and frames of reported speech), embedded once.
            Map<String, float[]> known = new HashMap<>();
            int[] asked = new int[1];
            classifier.assess(sentences, texts -> {
                asked[0] = texts.size();
                List<float[]> vectors = embedder.embed(texts);
                for (int i = 0; i < texts.size(); i++) {
                    known.put(texts.get(i), vectors.get(i));
                }
                return vectors;
            });
            Function<List<String>, List<float[]>> lookUp = texts -> texts.stream().map(known::get).toList();

            double[][] millis = time(rounds, List.of(
                    () -> embedder.embed(sentences),
                    () -> check.check(revision, context),
                    () -> classifier.assess(sentences, lookUp)));
            int findings = check.check(revision, context).findings().size();
            System.out.printf("revision: %d words, %d sentences, %d findings%n", body.split("\\s+").length,
                    sentences.size(), findings);
            System.out.printf("texts embedded per check: %d (%d sentences, %d frames of reported speech)%n", asked[0],
                    sentences.size(), asked[0] - sentences.size());
            report("embedding the sentences alone", millis[0]);
            report("toxicity check (segment, embed, classify)", millis[1]);
            report("classifier given the vectors", millis[2]);

            Lexicon lexicon = Lexicon.load();
            for (int size : new int[] {10_000, 100_000, 1_000_000}) {
                String text = body.repeat(size / body.length() + 1).substring(0, size);
                double[] lexiconTimes = time(Math.max(5, rounds / 10), List.of(() -> lexicon.find(text)))[0];
                System.out.printf("lexicon over %,d characters: p50 %.2f ms (%.0f ns per character)%n", size,
                        percentile(lexiconTimes, 50), percentile(lexiconTimes, 50) * 1e6 / size);
            }
        }
    }

    private static String revisionBody(int words, Random random) throws Exception {
        List<FunctionalCase> cases = FunctionalCase.load();
        StringBuilder body = new StringBuilder();
        int count = 0;
        int inParagraph = 0;
        while (count < words) {
            String sentence = cases.get(random.nextInt(cases.size())).sentence();
            body.append(sentence);
            count += sentence.split("\\s+").length;
            body.append(++inParagraph % 4 == 0 ? "\n\n" : " ");
        }
        return body.toString().strip();
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    /**
     * Milliseconds per run of each work, after {@value #WARM_UP} untimed rounds; the works take turns within a round,
     * so that a busy moment of the machine falls on all of them alike.
     */
    private static double[][] time(int rounds, List<Work> works) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            for (Work work : works) {
                work.run();
            }
        }
        double[][] millis = new double[works.size()][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int w = 0; w < works.size(); w++) {
                long started = System.nanoTime();
                works.get(w).run();
                millis[w][i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return millis;
    }

    private static void report(String what, double[] millis) {
        System.out.printf("%-45s mean %7.2f ms  p50 %7.2f ms  p95 %7.2f ms%n", what,
                Arrays.stream(millis).average().orElseThrow(), percentile(millis, 50), percentile(millis, 95));
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
