package org.imprimatur.checks.fact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/**
 * A benchmark harness, not a test: the {@code fact} check on a revision of about 1,000 words against 5 generated
 * sources of about 2,000 words each. The sources are segmented and embedded first, as ingestion leaves them, outside
 * the timed part; then, after a warm-up, every check is timed from call to report, and the share spent embedding the
 * claims is measured apart. Run it as docs/benchmarks.md says; arguments: {@code [CHECKS [SOURCES
 * [WORDS_PER_SOURCE]]]}.
 */
public final class FactCheckBenchmark {

    private static final String[] NAMES = {"Ruth Calder", "Owen Pryce", "Mei Tanaka", "Joaquim Reis", "Sofia Lind",
            "Amara Okafor", "Ibrahim Bello"};
    private static final String[] ROLES = {"Mayor", "Governor", "Councillor", "Director", "Professor"};
    private static final String[] THINGS = {"the harbour wall", "the wind farm", "the new ferry terminal",
            "the flood barrier", "the fish market", "the cable route", "the coastal railway", "the water plant"};
    private static final String[] VERBS = {"will cost", "has cost", "is expected to cost", "was budgeted at"};
    private static final String[] CHANGES = {"rose", "fell", "increased", "dropped"};
    private static final String[] MEASURES = {"unemployment", "ticket sales", "the catch", "visitor numbers",
            "freight traffic", "energy output"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};
    private static final String[] QUOTES = {"We will rebuild it stone by stone", "The sea does not wait for committees",
            "Nobody here has seen a storm like this", "The money is there and the work starts now",
            "Our fishermen deserve better than promises"};

    private FactCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int sourceCount = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int wordsPerSource = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Random random = new Random(42);
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> sourceSentences = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            List<String> sentences = story(random, wordsPerSource);
            sourceSentences.addAll(sentences);
            sources.put("source-" + i, paragraphs(sentences, random));
        }
        String body = paragraphs(revision(random, sourceSentences, 1_000), random);

        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            long ingestStart = System.nanoTime();
            PassageIndex index = NewsSources.index(sources, embedder);
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
            TimedPassages passages = new TimedPassages(index);
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
            RevisionView revision = new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Storm", body,
                    new ModelCard("bench", "bench", "1", Map.of(), Sha256.ofUtf8(body), List.of()), List.of(),
                    "bench", Instant.now());
            FactCheck check = new FactCheck();

            CheckReport report = null;
            for (int i = 0; i < Math.max(10, checks / 5); i++) {
                report = check.check(revision, context);
            }
            passages.embedNanos.set(0);
            passages.embedded.set(0);
            double[] millis = new double[checks];
            for (int i = 0; i < checks; i++) {
                long start = System.nanoTime();
                report = check.check(revision, context);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            double mean = Arrays.stream(millis).average().orElseThrow();
            int claims = report.findings().size();
            Map<String, Long> verdicts = new LinkedHashMap<>();
            report.findings().forEach(f -> verdicts.merge(f.verdict() + "/" + f.category(), 1L, Long::sum));
            System.out.printf(Locale.ROOT, "sources: %d x ~%,d words, %,d passages (segmented and embedded in %.1f s,"
                    + " not timed)%n", sourceCount, wordsPerSource, index.all().size(), ingestSeconds);
            System.out.printf(Locale.ROOT, "revision: %,d words, %d claims; verdicts %s%n",
                    body.split("\\s+").length, claims, verdicts);
            System.out.printf(Locale.ROOT, "per check over %d warm runs: mean %.1f ms, p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms; of the mean, embedding %d claims %.1f ms (the others repeat a source sentence)%n",
                    checks, mean, percentile(millis, 0.50), percentile(millis, 0.95), millis[millis.length - 1],
                    passages.embedded.get() / checks, passages.embedNanos.get() / 1e6 / checks);
            System.out.printf(Locale.ROOT, "claims/s: %.0f (%.0f without embedding them)%n", claims * 1000 / mean,
                    claims * 1000 / (mean - passages.embedNanos.get() / 1e6 / checks));
        }
    }

    /** The passages, counting the time spent embedding claims. */
    private record TimedPassages(PassageIndex index, AtomicLong embedNanos, AtomicLong embedded)
            implements SourcePassages {

        TimedPassages(PassageIndex index) {
            this(index, new AtomicLong(), new AtomicLong());
        }

        @Override
        public List<Passage> all() {
            return index.all();
        }

        @Override
        public List<ScoredPassage> search(String query, int limit) {
            return index.search(query, limit);
        }

        @Override
        public float[] vector(Passage passage) {
            return index.vector(passage);
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            long start = System.nanoTime();
            List<float[]> vectors = index.embed(texts);
            embedNanos.addAndGet(System.nanoTime() - start);
            embedded.addAndGet(texts.size());
            return vectors;
        }

        @Override
        public String embeddingModel() {
            return index.embeddingModel();
        }
    }

    private static List<String> story(Random random, int words) {
        List<String> sentences = new ArrayList<>();
        int count = 0;
        while (count < words) {
            String sentence = sentence(random);
            sentences.add(sentence);
            count += sentence.split("\\s+").length;
        }
        return sentences;
    }

    private static String sentence(Random random) {
        String name = pick(random, NAMES);
        String surname = name.substring(name.indexOf(' ') + 1);
        return switch (random.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "%s %s said on %s that %s %s €%d.%d million.", pick(random, ROLES),
                    name, pick(random, DAYS), pick(random, THINGS), pick(random, VERBS), 2 + random.nextInt(90),
                    random.nextInt(10));
            case 1 -> String.format(Locale.ROOT, "In %s %d, %s %s by %d.%d per cent compared with a year earlier.",
                    pick(random, MONTHS), 2015 + random.nextInt(10), pick(random, MEASURES), pick(random, CHANGES),
                    1 + random.nextInt(20), random.nextInt(10));
            case 2 -> String.format(Locale.ROOT, "\"%s,\" said %s, who has worked on %s for %d years.",
                    pick(random, QUOTES), surname, pick(random, THINGS), 2 + random.nextInt(25));
            case 3 -> String.format(Locale.ROOT, "About %d residents attended the meeting about %s because work on %s"
                    + " had been delayed.", 50 + random.nextInt(900), pick(random, THINGS), pick(random, THINGS));
            default -> String.format(Locale.ROOT, "The council approved plans for %s by %d votes to %d after a long"
                    + " debate.", pick(random, THINGS), 20 + random.nextInt(20), random.nextInt(20));
        };
    }

    /** Source sentences, some with a number changed, and some new ones: a revision to check. */
    private static List<String> revision(Random random, List<String> sourceSentences, int words) {
        List<String> sentences = new ArrayList<>();
        int count = 0;
        while (count < words) {
            String sentence = switch (random.nextInt(4)) {
                case 0 -> sourceSentences.get(random.nextInt(sourceSentences.size())).replaceFirst("\\d", "7");
                case 1 -> sentence(random);
                default -> sourceSentences.get(random.nextInt(sourceSentences.size()));
            };
            sentences.add(sentence);
            count += sentence.split("\\s+").length;
        }
        return sentences;
    }

    private static String paragraphs(List<String> sentences, Random random) {
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        for (String sentence : sentences) {
            if (inParagraph > 2 + random.nextInt(3)) {
                text.append("\n\n");
                inParagraph = 0;
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(sentence);
            inParagraph++;
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double percentile(double[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }
}
