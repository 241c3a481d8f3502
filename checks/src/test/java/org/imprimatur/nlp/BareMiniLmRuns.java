package org.imprimatur.nlp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Benchmark support, not a test: bare ONNX Runtime runs of {@link SentenceEmbedder}'s model, the baseline the check
 * pipeline is compared with ({@code org.imprimatur.checks.CheckPipelineBenchmark}). It lives in the nlp package,
 * though in the checks module's test sources, because the tokenizer, the token limit, the batch size and the session
 * options it must share with the embedder are package-private there; nlp's own benchmark, whose loop this is, is not
 * on this module's classpath.
 *
 * <p>What a run does: the session's work and nothing else. Texts are tokenised beforehand ({@link #tokensByLength})
 * and sorted by token count, as the embedder groups them; {@link #run} pads each batch of {@link #batchSize()} to its
 * longest member, runs the session and closes the result: no pooling, no normalisation, no locking.
 *
 * <p><b>Threading:</b> one thread at a time. <b>Resources:</b> holds its own copy of the model in native memory until
 * {@link #close()}. <b>Failure:</b> {@link NlpModelException} if the model cannot be loaded or fails to run.
 */
public final class BareMiniLmRuns implements AutoCloseable {

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final WordPieceTokenizer tokenizer =
            WordPieceTokenizer.fromTokenizerJson(ClasspathModels.MINILM_TOKENIZER);
    private final OrtSession session;

    /** Loads a session of its own over the embedder's model, with the embedder's session options. */
    public BareMiniLmRuns() {
        try (OrtSession.SessionOptions options = SentenceEmbedder.sessionOptions()) {
            session = environment.createSession(ClasspathModels.bytes(ClasspathModels.MINILM_ONNX), options);
        } catch (OrtException e) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                    "The MiniLM model could not be loaded into ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /** The embedder's batch size. */
    public static int batchSize() {
        return SentenceEmbedder.BATCH_SIZE;
    }

    /** The texts' token ids as the embedder frames and cuts them, shortest first. */
    public List<int[]> tokensByLength(List<String> texts) {
        return texts.stream()
                .map(text -> tokenizer.encode(text, SentenceEmbedder.MAX_TOKENS))
                .sorted(Comparator.comparingInt(ids -> ids.length))
                .toList();
    }

    /** Runs the model over {@code tokens} in batches of {@link #batchSize()}, in the order given. */
    public void run(List<int[]> tokens) {
        try {
            for (int from = 0; from < tokens.size(); from += SentenceEmbedder.BATCH_SIZE) {
                runBatch(tokens.subList(from, Math.min(from + SentenceEmbedder.BATCH_SIZE, tokens.size())));
            }
        } catch (OrtException e) {
            throw new NlpModelException(NlpModelException.Reason.INFERENCE_FAILED,
                    "The MiniLM model failed to run a batch: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new NlpModelException(NlpModelException.Reason.INFERENCE_FAILED,
                    "The MiniLM session could not be freed: " + e.getMessage(), e);
        }
    }

    private void runBatch(List<int[]> batch) throws OrtException {
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
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids.rewind(), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask.rewind(), shape));
            inputs.put("token_type_ids", OnnxTensor.createTensor(environment, longs(batch.size() * width), shape));
            try (OrtSession.Result result = session.run(inputs)) {
                result.get(0);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static LongBuffer longs(int count) {
        return ByteBuffer.allocateDirect(count * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
}
