package org.imprimatur.nlp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import org.imprimatur.spi.content.Sha256;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (8-bit quantised) on ONNX Runtime, on the CPU: WordPiece tokens (at most
 * {@value #MAX_TOKENS}, the frame included; longer texts are cut), the model's last hidden states averaged over the
 * real tokens, scaled to unit length. The model and its vocabulary are read from the classpath.
 *
 * <p>Texts are embedded in batches of {@value #BATCH_SIZE}, grouped by token count so that little padding is computed.
 * The model quantises its activations per batch, so a text's vector depends slightly on the texts it is batched with
 * (its cosine to the text's vector alone is typically 0.98 to 0.99, lowest for very short texts); the same list of
 * texts always gives the same vectors.
 *
 * <p><b>Threading:</b> safe to use from several threads at once; ONNX Runtime runs each batch on its own thread pool.
 * <b>Resources:</b> holds the model in native memory (about 25 MB) until {@link #close()}; load it once and share it.
 * <b>Failure:</b> {@link NlpModelException} if the model cannot be loaded or fails to run.
 */
public final class SentenceEmbedder implements AutoCloseable {

    /** The sentence-transformers limit for this model (its tokenizer.json says 128; the model takes up to 512). */
    static final int MAX_TOKENS = 256;
    static final int BATCH_SIZE = 32;

    private static final String MODEL_NAME = "all-MiniLM-L6-v2-q";
    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final Sha256 modelSha256;
    private final int dimensions;
    private final boolean takesTokenTypes;
    // Runs hold the read lock, close() the write lock: the native session is never freed under a running batch.
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private SentenceEmbedder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer,
                             Sha256 modelSha256) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.modelSha256 = modelSha256;
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (!inputs.containsKey(INPUT_IDS) || !inputs.containsKey(ATTENTION_MASK)) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                    MODEL_NAME + " does not take input_ids and attention_mask but " + inputs.keySet());
        }
        this.takesTokenTypes = inputs.containsKey(TOKEN_TYPE_IDS);
        NodeInfo output = session.getOutputInfo().values().iterator().next();
        long[] shape = ((TensorInfo) output.getInfo()).getShape();
        if (shape.length != 3 || shape[2] <= 0) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                    MODEL_NAME + " gives " + Arrays.toString(shape) + ", not hidden states [batch, tokens, dimensions]");
        }
        this.dimensions = (int) shape[2];
    }

    /**
     * Loads the model and its vocabulary from the classpath; the caller owns the result and closes it.
     *
     * @throws NlpModelException if either is missing or unreadable
     */
    public static SentenceEmbedder load() {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(ClasspathModels.MINILM_TOKENIZER);
        byte[] model = ClasspathModels.bytes(ClasspathModels.MINILM_ONNX);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions()) {
            OrtSession session = environment.createSession(model, options);
            try {
                return new SentenceEmbedder(environment, session, tokenizer, Sha256.of(model));
            } catch (RuntimeException | OrtException e) {
                try {
                    session.close();
                } catch (OrtException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        } catch (OrtException e) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                    MODEL_NAME + " could not be loaded into ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /**
     * How the model runs: fully optimised, and with threads that sleep as soon as a batch is done instead of spinning
     * in wait for the next one, which in an application server would take the CPU from every other request.
     */
    static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return options;
        } catch (OrtException e) {
            options.close();
            throw e;
        }
    }

    /**
     * Embeds texts.
     *
     * @return one unit-length vector of {@link #dimensions()} floats per text, in the same order
     * @throws IllegalStateException if this embedder was closed
     * @throws NlpModelException     {@link NlpModelException.Reason#INFERENCE_FAILED} if ONNX Runtime fails
     */
    public List<float[]> embed(List<String> texts) {
        int[][] tokens = new int[texts.size()][];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenizer.encode(Objects.requireNonNull(texts.get(i), "text"), MAX_TOKENS);
        }
        Integer[] byLength = new Integer[tokens.length];
        Arrays.setAll(byLength, i -> i);
        Arrays.sort(byLength, Comparator.comparingInt(i -> tokens[i].length));

        float[][] vectors = new float[tokens.length][];
        Lock running = lifecycle.readLock();
        running.lock();
        try {
            if (closed) {
                throw new IllegalStateException("This sentence embedder was closed");
            }
            for (int from = 0; from < byLength.length; from += BATCH_SIZE) {
                List<Integer> batch = Arrays.asList(byLength).subList(from, Math.min(from + BATCH_SIZE, byLength.length));
                int[][] batchTokens = new int[batch.size()][];
                for (int row = 0; row < batchTokens.length; row++) {
                    batchTokens[row] = tokens[batch.get(row)];
                }
                float[][] batchVectors = run(batchTokens);
                for (int row = 0; row < batchVectors.length; row++) {
                    vectors[batch.get(row)] = batchVectors[row];
                }
            }
        } catch (OrtException e) {
            throw new NlpModelException(NlpModelException.Reason.INFERENCE_FAILED,
                    MODEL_NAME + " failed to embed a batch: " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
        return List.of(vectors);
    }

    /** The length of every vector: 384. */
    public int dimensions() {
        return dimensions;
    }

    /** {@code all-MiniLM-L6-v2-q}. */
    public String modelName() {
        return MODEL_NAME;
    }

    /** The SHA-256 of the {@code .onnx} model's bytes: which model made a stored vector, exactly. */
    public Sha256 modelSha256() {
        return modelSha256;
    }

    /** Frees the native model, after any batch that is running; later calls to {@link #embed} fail. Idempotent. */
    @Override
    public void close() {
        Lock closing = lifecycle.writeLock();
        closing.lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } catch (OrtException e) {
            throw new NlpModelException(NlpModelException.Reason.INFERENCE_FAILED,
                    MODEL_NAME + " could not be freed: " + e.getMessage(), e);
        } finally {
            closing.unlock();
        }
    }

    /** One model run over texts padded to the longest of them; mean-pooled, unit-length vectors. */
    private float[][] run(int[][] tokens) throws OrtException {
        int width = Arrays.stream(tokens).mapToInt(row -> row.length).max().orElseThrow();
        long[] shape = {tokens.length, width};
        LongBuffer ids = directLongs(tokens.length * width);
        LongBuffer mask = directLongs(tokens.length * width);
        for (int[] row : tokens) {
            for (int t = 0; t < width; t++) {
                ids.put(t < row.length ? row[t] : 0);
                mask.put(t < row.length ? 1 : 0);
            }
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, ids.rewind(), shape));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, mask.rewind(), shape));
            if (takesTokenTypes) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, directLongs(tokens.length * width), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] vectors = new float[tokens.length][];
                for (int row = 0; row < tokens.length; row++) {
                    vectors[row] = meanOfRealTokens(hidden, row * width * dimensions, tokens[row].length);
                }
                return vectors;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The mean of the first {@code count} token states from {@code offset}, scaled to unit length. */
    private float[] meanOfRealTokens(FloatBuffer hidden, int offset, int count) {
        float[] sum = new float[dimensions];
        for (int t = 0; t < count; t++) {
            int base = offset + t * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += hidden.get(base + d);
            }
        }
        // Dividing by count does not change the direction; unit length is all that is kept.
        double norm = 0;
        for (float v : sum) {
            norm += (double) v * v;
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        for (int d = 0; d < dimensions; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    private static LongBuffer directLongs(int count) {
        return ByteBuffer.allocateDirect(count * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
}
