package org.imprimatur.nlp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/**
 * A benchmark harness, not a test: passage-embedding throughput of {@link SentenceEmbedder} beside bare ONNX Runtime
 * on the same model, the same sentences and the same batch size. The bare loop tokenises with the same tokenizer,
 * pads each batch, runs the session and closes the result: no pooling, no normalisation, no locking. It runs twice:
 * on the sentences in their given order (what a caller who just batches gets) and sorted by token count (as the
 * embedder groups them), so the report separates the embedder's own cost from what its grouping saves. Run it as
 * docs/benchmarks.md says; it prints one result block.
 */
public final class SentenceEmbedderBenchmark {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 11;

    private SentenceEmbedderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        List<String> sentences = sentences(count, new Random(20261129));
        WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(ClasspathModels.MINILM_TOKENIZER);
        List<int[]> givenOrder = sentences.stream().map(s -> tokenizer.encode(s, SentenceEmbedder.MAX_TOKENS)).toList();
        List<int[]> byLength = givenOrder.stream().sorted(Comparator.comparingInt(ids -> ids.length)).toList();

        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (SentenceEmbedder embedder = SentenceEmbedder.load();
             OrtSession.SessionOptions options = SentenceEmbedder.sessionOptions();
             OrtSession session = environment.createSession(ClasspathModels.bytes(ClasspathModels.MINILM_ONNX),
                     options)) {
            Runnable embedderRound = () -> embedder.embed(sentences);
            Runnable bareRound = () -> bare(environment, session, tokenizer, sentences);
            Runnable bareSortedRound = () -> bare(environment, session, byLength);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                embedderRound.run();
                bareRound.run();
                bareSortedRound.run();
            }
            double[] embedderTimes = new double[MEASURED_ROUNDS];
            double[] bareTimes = new double[MEASURED_ROUNDS];
            double[] bareSortedTimes = new double[MEASURED_ROUNDS];
            for (int round = 0; round < MEASURED_ROUNDS; round++) { // interleaved, so a busy spell hits all alike
                embedderTimes[round] = seconds(embedderRound);
                bareTimes[round] = seconds(bareRound);
                bareSortedTimes[round] = seconds(bareSortedRound);
            }
            int tokens = givenOrder.stream().mapToInt(ids -> ids.length).sum();
            System.out.printf("sentences: %,d (%.1f tokens each on average, framed), batch size %d%n", count,
                    (double) tokens / count, SentenceEmbedder.BATCH_SIZE);
            System.out.printf("rounds: %d warm-up, %d measured, interleaved%n", WARM_UP_ROUNDS, MEASURED_ROUNDS);
            System.out.printf("sentences/s                          median     best%n");
            report("SentenceEmbedder.embed", count, embedderTimes);
            report("bare ONNX Runtime, given order", count, bareTimes);
            report("bare ONNX Runtime, sorted by length", count, bareSortedTimes);
            System.out.printf("embedder / bare (given order):       %6.2f   %6.2f%n",
                    median(bareTimes) / median(embedderTimes), best(bareTimes) / best(embedderTimes));
            System.out.printf("embedder / bare (sorted by length):  %6.2f   %6.2f%n",
                    median(bareSortedTimes) / median(embedderTimes), best(bareSortedTimes) / best(embedderTimes));
            System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
        }
    }

    /** The bare loop in the given order; tokenising is inside the measured work, as it is for the embedder. */
    private static void bare(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer,
                             List<String> sentences) {
        List<int[]> tokens = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            tokens.add(tokenizer.encode(sentence, SentenceEmbedder.MAX_TOKENS));
        }
        bare(environment, session, tokens);
    }

    /** The bare loop over sentences tokenised in advance (sorting needs their lengths). */
    private static void bare(OrtEnvironment environment, OrtSession session, List<int[]> tokens) {
        try {
            for (int from = 0; from < tokens.size(); from += SentenceEmbedder.BATCH_SIZE) {
                List<int[]> batch = tokens.subList(from, Math.min(from + SentenceEmbedder.BATCH_SIZE, tokens.size()));
                int width = batch.stream().mapToInt(ids -> ids.length).max().orElseThrow();
                long[] shape = {batch.size(), width};
                LongBuffer ids = longs(batch.size() * width);
                LongBuffer mask = longs(batch.size() * width);
                for (int[] row : batch) {
                    for (int t = 0; t < width; t++) {
                        ids.put(t < row.length ? row[t] : 0);
                        mask.put(t < row.length ? 1 : 0);
                    }
                }
                Map<String, OnnxTensor> inputs = new HashMap<>();
                inputs.put("input_ids", OnnxTensor.createTensor(environment, ids.rewind(), shape));
                inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask.rewind(), shape));
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, longs(batch.size() * width), shape));
                try (OrtSession.Result result = session.run(inputs)) {
                    result.get(0);
                } finally {
                    inputs.values().forEach(OnnxTensor::close);
                }
            }
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LongBuffer longs(int count) {
        return ByteBuffer.allocateDirect(count * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
    }

    /**
     * Sentences of news-like length and wording: one to three clauses of the test sentences joined, so lengths
     * range from about 6 to 45 words as in real sources.
     */
    private static List<String> sentences(int count, Random random) {
        List<String> clauses = NewsSentences.DISTINCT.stream()
                .map(s -> s.substring(0, s.length() - 1)).toList();
        String[] joins = {", and ", "; meanwhile, ", " while ", ", after "};
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sentence = new StringBuilder(clauses.get(random.nextInt(clauses.size())));
            for (int more = random.nextInt(3); more > 0; more--) {
                String clause = clauses.get(random.nextInt(clauses.size()));
                sentence.append(joins[random.nextInt(joins.length)])
                        .append(Character.toLowerCase(clause.charAt(0))).append(clause.substring(1));
            }
            sentences.add(sentence.append('.').toString());
        }
        return sentences;
    }

    private static double seconds(Runnable round) {
        long start = System.nanoTime();
        round.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String what, int count, double[] seconds) {
        System.out.printf("%-36s %,7.0f  %,7.0f%n", what + ":", count / median(seconds), count / best(seconds));
    }

    /** The fastest round: the least disturbed by whatever else the machine was doing. */
    private static double best(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
