package org.imprimatur.checks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.onnxruntime.OrtEnvironment;
import com.sun.management.OperatingSystemMXBean;

import org.imprimatur.checks.fact.FactCheck;
import org.imprimatur.checks.originality.OriginalityCheck;
import org.imprimatur.checks.toxicity.ToxicityCheck;
import org.imprimatur.nlp.BareMiniLmRuns;
import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.RememberedEmbeddings;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.imprimatur.spi.source.SourceRights;

/**
 * A benchmark harness, not a test: the fact, toxicity and originality checks in sequence, in the order the server's
 * check job runs them ({@code order()}, then id), on a 1,000-word revision against 5 stored sources of about 2,000
 * words each ({@link StormCoverage}), beside bare ONNX Runtime embedding the revision's sentences at the embedder's
 * batch size ({@link BareMiniLmRuns}).
 *
 * <p>The sources are segmented and embedded, and the {@link PassageIndex} built over them, before anything is timed,
 * as ingestion leaves them. Each round then times the three checks (each on its own and the time each spends in
 * {@link SourcePassages#embed}), the bare model over the revision's sentences, and the bare model over the very texts
 * the checks asked to embed, one embedding call after another; the works take turns within a round, so a busy spell
 * of the machine falls on all of them alike. The checks and the bare run of the sentences are also measured in the
 * process's CPU time, the steadier measure when other work shares the host. Texts are tokenised for the bare runs
 * beforehand and sorted by token count, as the embedder groups them, so the bare runs are the model's work and
 * nothing else.
 *
 * <p>Run it as docs/benchmarks.md says; arguments: {@code [ROUNDS [WARM_UP_ROUNDS]]} (default 30 and 10). It prints
 * the machine, the material and one table of medians, 95th percentiles, minima and means.
 */
public final class CheckPipelineBenchmark {

    private static final long SEED = 20261129L;
    private static final int SOURCES = 5;
    private static final int WORDS_PER_SOURCE = 2_000;
    private static final int REVISION_WORDS = 1_000;
    private static final double TARGET_MEDIAN_MILLIS = 150;
    private static final double TARGET_RATIO = 1.3;
    /**
     * CPU time of the whole process: what a work costs whatever else the host runs, so the steadier figure on a busy
     * host (only one work runs at a time; the JIT and the garbage collector add a little to each). The clock ticks in
     * steps of 10 ms, so it is compared by means, not medians.
     */
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String CPU_TIME = ", CPU time";
    private static final String PIPELINE = "pipeline: the three checks in sequence";

    private CheckPipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        printMachine();

        StormCoverage coverage = StormCoverage.generate(SEED, SOURCES, WORDS_PER_SOURCE, REVISION_WORDS);
        List<SourceDocument> sources = coverage.sources().stream().map(CheckPipelineBenchmark::document).toList();
        RevisionView revision = revision(coverage.revision(), sources);
        List<String> sentences = TextSegmenter.english().sentences(revision.body()).stream()
                .map(Sentence::text).toList();
        // In the order the server's provider registry runs them: by order(), then id.
        List<ContentCheck> checks = Stream.<ContentCheck>of(new FactCheck(), new ToxicityCheck(),
                        new OriginalityCheck())
                .sorted(Comparator.comparingInt(ContentCheck::order).thenComparing(ContentCheck::id)).toList();
        for (ContentCheck check : checks) {
            check.init(key -> Optional.empty());
        }

        try (SentenceEmbedder embedder = SentenceEmbedder.load(); BareMiniLmRuns bare = new BareMiniLmRuns()) {
            long ingestion = System.nanoTime();
            MeteredPassages passages = new MeteredPassages(storedPassages(sources, embedder));
            double ingestionSeconds = (System.nanoTime() - ingestion) / 1e9;
            // As the check job does: one context per revision run, whose checks embed each text once between them.
            Supplier<CheckContext> contextOfOneRun = () -> new Context(sources, new RememberedEmbeddings(passages));

            // One untimed pipeline to learn what the checks ask to embed, call by call, for the matching bare runs.
            passages.recordCalls();
            List<CheckReport> reports = runChecks(checks, revision, contextOfOneRun.get(), passages, new Measurements());
            List<List<String>> calls = passages.recordedCalls();
            List<int[]> sentenceTokens = bare.tokensByLength(sentences);
            List<List<int[]>> callTokens = calls.stream().map(bare::tokensByLength).toList();

            String bareSentences = "bare ONNX Runtime, the revision's " + sentences.size() + " sentences";
            String bareCalls = "bare ONNX Runtime, all the texts the checks embed";
            Measurements measured = new Measurements();
            for (int round = -warmUp; round < rounds; round++) {
                Measurements into = round < 0 ? new Measurements() : measured;
                reports = runChecks(checks, revision, contextOfOneRun.get(), passages, into);
                long bareCpuStart = PROCESS.getProcessCpuTime();
                into.time(bareSentences, () -> bare.run(sentenceTokens));
                into.record(bareSentences + CPU_TIME, cpuMillisSince(bareCpuStart));
                double callsMillis = 0;
                for (int call = 0; call < callTokens.size(); call++) {
                    List<int[]> tokens = callTokens.get(call);
                    callsMillis += into.time("bare ONNX Runtime, embedding call " + (call + 1), () -> bare.run(tokens));
                }
                into.record(bareCalls, callsMillis);
            }

            System.out.printf("sources: %d x ~%,d words (%,d words), %,d passages, ingested in %.1f s (not timed)%n",
                    sources.size(), WORDS_PER_SOURCE, sources.stream().mapToInt(s -> StormCoverage.words(s.text())).sum(),
                    passages.all().size(), ingestionSeconds);
            System.out.printf("revision: %,d words, %d sentences%s%n", StormCoverage.words(revision.body()),
                    sentences.size(), tokenCounts(sentenceTokens));
            for (int c = 0; c < checks.size(); c++) {
                System.out.printf("  %-12s %3d findings %s%n", checks.get(c).id() + ":", reports.get(c).findings().size(),
                        byVerdictAndSeverity(reports.get(c).findings()));
            }
            System.out.printf("embedding calls of one pipeline: %s texts, %d of them distinct (batch size %d)%n",
                    calls.stream().map(call -> String.valueOf(call.size())).collect(Collectors.joining(" + ")),
                    calls.stream().flatMap(List::stream).distinct().count(), BareMiniLmRuns.batchSize());
            for (int call = 0; call < calls.size(); call++) {
                System.out.printf("  call %d: %d texts%s%n", call + 1, calls.get(call).size(),
                        tokenCounts(callTokens.get(call)));
            }
            System.out.printf("rounds: %d warm-up, %d measured, interleaved%n", warmUp, rounds);
            measured.print();
            double pipeline = measured.median(PIPELINE);
            double ratio = pipeline / measured.median(bareSentences);
            System.out.printf("pipeline / bare, revision's sentences (medians): %.2f  (target <= %.1f: %s)%n", ratio,
                    TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "not met");
            System.out.printf("pipeline / bare, revision's sentences, CPU time (means): %.2f%n",
                    measured.mean(PIPELINE + CPU_TIME) / measured.mean(bareSentences + CPU_TIME));
            System.out.printf("pipeline / bare, texts the checks embed (medians): %.2f%n",
                    pipeline / measured.median(bareCalls));
            System.out.printf("pipeline median %.1f ms (target <= %.0f ms: %s)%n", pipeline, TARGET_MEDIAN_MILLIS,
                    pipeline <= TARGET_MEDIAN_MILLIS ? "met" : "not met");
            System.out.printf("load average after: %s%n", firstLine(Path.of("/proc/loadavg"), "unknown"));
        }
    }

    /**
     * Runs the checks in sequence, as the check job does, and records each one's time, the part of it spent in
     * {@link SourcePassages#embed} (measured by {@code passages}, under the context's remembered embeddings), and the
     * time of the whole sequence.
     */
    private static List<CheckReport> runChecks(List<ContentCheck> checks, RevisionView revision, CheckContext context,
                                               MeteredPassages passages, Measurements into)
            throws CheckFailedException {
        List<CheckReport> reports = new ArrayList<>(checks.size());
        long pipelineStart = System.nanoTime();
        long pipelineCpuStart = PROCESS.getProcessCpuTime();
        for (ContentCheck check : checks) {
            passages.resetClock();
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            reports.add(check.check(revision, context));
            into.record(check.id() + " check", millisSince(start));
            into.record(check.id() + " check" + CPU_TIME, cpuMillisSince(cpuStart));
            into.record(check.id() + " check: of which SourcePassages.embed", passages.embeddingNanos() / 1e6);
        }
        into.record(PIPELINE, millisSince(pipelineStart));
        into.record(PIPELINE + CPU_TIME, cpuMillisSince(pipelineCpuStart));
        return reports;
    }

    /** The sources as ingestion leaves them: segmented into passages, each embedded once. */
    private static PassageIndex storedPassages(List<SourceDocument> sources, SentenceEmbedder embedder) {
        List<Passage> passages = new ArrayList<>();
        for (SourceDocument source : sources) {
            passages.addAll(TextSegmenter.english().passages(source.id(), source.text()));
        }
        return new PassageIndex(passages, embedder.embed(passages.stream().map(Passage::text).toList()), embedder);
    }

    private static SourceDocument document(StormCoverage.Source source) {
        String text = source.text();
        return new SourceDocument(source.id(), source.title(), "text/plain", "en", Sha256.ofUtf8(text),
                source.id() + ".txt", text, Map.of(), SourceRights.UNKNOWN);
    }

    private static RevisionView revision(String body, List<SourceDocument> sources) {
        ModelCard card = new ModelCard("ollama", "llama3.1", "8b-instruct-q4_K_M", Map.of("temperature", 0.2),
                Sha256.ofUtf8("benchmark prompt"), sources.stream().map(SourceDocument::id).toList());
        return new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Port Aldwick rebuilds after the storm", body,
                card, List.of(), "bench", Instant.EPOCH);
    }

    private static String tokenCounts(List<int[]> tokens) {
        return String.format(" (%.1f tokens each on average, framed; longest %d)",
                tokens.stream().mapToInt(ids -> ids.length).average().orElse(0),
                tokens.stream().mapToInt(ids -> ids.length).max().orElse(0));
    }

    private static String byVerdictAndSeverity(List<Finding> findings) {
        Function<Finding, String> key = finding -> finding.verdict() + "/" + finding.severity();
        return findings.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting())).toString();
    }

    private static void printMachine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        System.out.printf("machine: %d processors available, %s, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), cpu, firstLine(Path.of("/proc/loadavg"), "unknown"));
        System.out.printf("java: %s %s (%s), max heap %,d MiB; ONNX Runtime %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() >> 20, OrtEnvironment.getEnvironment().getVersion());
    }

    private static String firstLine(Path file, String otherwise) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse(otherwise);
        } catch (IOException e) {
            return otherwise;
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double cpuMillisSince(long start) {
        return (PROCESS.getProcessCpuTime() - start) / 1e6;
    }

    /** Milliseconds per round of each measured work, reported in the order first recorded. */
    private static final class Measurements {

        private final Map<String, List<Double>> millis = new LinkedHashMap<>();

        void record(String what, double value) {
            millis.computeIfAbsent(what, key -> new ArrayList<>()).add(value);
        }

        /** Runs {@code work}, records its time and returns it. */
        double time(String what, Runnable work) {
            long start = System.nanoTime();
            work.run();
            double value = millisSince(start);
            record(what, value);
            return value;
        }

        double median(String what) {
            return percentile(what, 50);
        }

        double mean(String what) {
            return millis.get(what).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }

        void print() {
            System.out.printf("%-60s %8s %8s %8s %8s%n", "ms", "median", "p95", "min", "mean");
            for (String what : millis.keySet()) {
                System.out.printf("%-60s %8.1f %8.1f %8.1f %8.1f%n", what, median(what), percentile(what, 95),
                        percentile(what, 0), mean(what));
            }
        }

        /** The nearest-rank percentile; 0 gives the minimum. */
        private double percentile(String what, int percent) {
            double[] sorted = millis.get(what).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
        }
    }

    /** What a check may consult: the item's sources and their stored passages. */
    private record Context(List<SourceDocument> sources, SourcePassages passages) implements CheckContext {
    }

    /**
     * The stored passages, with a clock on {@link #embed}: the time the checks spend embedding, and on request the
     * texts of each call. Everything else goes straight to the index; a query embedded inside {@link #search} would
     * not be counted, but none of the three checks searches. One thread at a time.
     */
    private static final class MeteredPassages implements SourcePassages {

        private final SourcePassages stored;
        private long embeddingNanos;
        private List<List<String>> calls;

        MeteredPassages(SourcePassages stored) {
            this.stored = stored;
        }

        void resetClock() {
            embeddingNanos = 0;
        }

        long embeddingNanos() {
            return embeddingNanos;
        }

        /** Keeps the texts of every call from now until {@link #recordedCalls()}. */
        void recordCalls() {
            calls = new ArrayList<>();
        }

        List<List<String>> recordedCalls() {
            List<List<String>> recorded = List.copyOf(calls);
            calls = null;
            return recorded;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            if (calls != null) {
                calls.add(List.copyOf(texts));
            }
            long start = System.nanoTime();
            List<float[]> vectors = stored.embed(texts);
            embeddingNanos += System.nanoTime() - start;
            return vectors;
        }

        @Override
        public List<Passage> all() {
            return stored.all();
        }

        @Override
        public List<ScoredPassage> search(String query, int limit) {
            return stored.search(query, limit);
        }

        @Override
        public float[] vector(Passage passage) {
            return stored.vector(passage);
        }

        @Override
        public String embeddingModel() {
            return stored.embeddingModel();
        }
    }
}
