package org.imprimatur.checks.toxicity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import org.imprimatur.checks.toxicity.ToxicityModel.Head;
import org.imprimatur.checks.toxicity.ToxicityModel.Thresholds;
import org.imprimatur.checks.toxicity.TrainingExample.Outputs;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.content.Sha256;

/**
 * Trains the toxicity model and writes the weights the check ships with. Run from the repository root (see
 * docs/checks.md for the command):
 * <pre>
 *   java -cp ... org.imprimatur.checks.toxicity.TrainToxicityModel [MODULE_DIR]
 * </pre>
 * {@code MODULE_DIR} is the checks module's directory ({@code checks}). It reads {@code data/davidson-hsol} and
 * {@code data/toxigen-seeds} there and {@code training-cases.tsv} from the test classpath, splits each source
 * stratified by label ({@value #VALIDATION_SHARE} for validation, seed {@value #SEED}), embeds every sentence with
 * the MiniLM {@link SentenceEmbedder}, trains on the training split ({@link LogisticRegressionTrainer}), measures the
 * full classifier (model, lexicon, reported speech) on the validation split, calibrates the severity thresholds on
 * it, and writes {@code src/main/resources/org/imprimatur/checks/toxicity/toxicity-model.json} with the validation
 * figures and the SHA-256 of the data inside.
 *
 * <p>Embeddings are kept in {@code target/toxicity-embeddings-*.bin}, named by the digest of the model and the
 * texts, so a second run with other training settings skips the minute or two of embedding.
 */
public final class TrainToxicityModel {

    static final long SEED = 20261129L;
    static final double VALIDATION_SHARE = 0.2;
    /** Each source's share of the training weight, before classes are balanced within each output. */
    static final Map<String, Double> SOURCE_SHARES = Map.of(
            TrainingData.DAVIDSON, 1.0, TrainingData.TOXIGEN, 0.5, TrainingData.CASES, 1.5);
    static final double L2 = 1e-4;
    static final double LEARNING_RATE = 0.05;
    static final int ITERATIONS = 400;
    /** Balanced precision (equal sources, equal classes) from which a finding is MEDIUM, and HIGH. */
    static final double MEDIUM_PRECISION = 0.90;
    static final double HIGH_PRECISION = 0.97;

    private static final String DAVIDSON_FILE = "data/davidson-hsol/labeled_data.csv";
    private static final String TOXIGEN_FILE = "data/toxigen-seeds/statements.tsv";
    private static final String CASES_RESOURCE = "training-cases.tsv";
    private static final String OUTPUT = "src/main/resources/org/imprimatur/checks/toxicity/" + ToxicityModel.RESOURCE;

    private TrainToxicityModel() {
    }

    public static void main(String[] args) throws Exception {
        Path module = Path.of(args.length > 0 ? args[0] : "checks");
        byte[] davidson = Files.readAllBytes(module.resolve(DAVIDSON_FILE));
        byte[] toxigen = Files.readAllBytes(module.resolve(TOXIGEN_FILE));
        byte[] cases;
        try (InputStream in = TrainToxicityModel.class.getResourceAsStream(CASES_RESOURCE)) {
            cases = in.readAllBytes();
        }
        List<TrainingExample> examples = new ArrayList<>(TrainingData.davidson(davidson));
        examples.addAll(TrainingData.toxigen(toxigen));
        examples.addAll(TrainingData.cases(cases));
        TrainingData.Split split = TrainingData.stratified(examples, VALIDATION_SHARE, SEED);
        System.out.printf("%d examples: %d training, %d validation%n", examples.size(), split.training().size(),
                split.validation().size());

        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            Map<String, float[]> vectors = embedAll(module, embedder, examples);
            long started = System.nanoTime();
            Head[] heads = new LogisticRegressionTrainer(L2, LEARNING_RATE, ITERATIONS).train(
                    split.training().stream().map(e -> vectors.get(e.text())).toList(),
                    split.training().stream().map(TrainingExample::labels).toList(),
                    sourceWeights(split.training()));
            System.out.printf("trained %d outputs in %.1f s%n", heads.length, (System.nanoTime() - started) / 1e9);

            Function<List<String>, List<float[]>> embed = texts -> lookUp(texts, vectors, embedder);
            Map<String, String> files = new LinkedHashMap<>();
            files.put("davidson-hsol/labeled_data.csv", Sha256.of(davidson).hex());
            files.put("toxigen-seeds/statements.tsv", Sha256.of(toxigen).hex());
            files.put("training-cases.tsv", Sha256.of(cases).hex());
            Sha256 trainingData = Sha256.of(concat(davidson, toxigen, cases));

            // Measure the whole classifier with provisional thresholds, then calibrate them on what it scored.
            Thresholds provisional = new Thresholds(ToxicityAssessment.TOXIC_AT, ToxicityAssessment.TOXIC_AT);
            ToxicityModel draft = ToxicityModel.read(json(embedder, heads, provisional, trainingData, files, null, null));
            Validation validation = Validation.run(new ToxicityClassifier(draft, Lexicon.load()), draft,
                    split.validation(), embed, vectors);
            Thresholds thresholds = validation.calibrate(MEDIUM_PRECISION, HIGH_PRECISION);
            byte[] weights = json(embedder, heads, thresholds, trainingData, files, validation.report(), split);
            Path output = module.resolve(OUTPUT);
            Files.write(output, weights);
            System.out.println(validation.summary());
            System.out.printf("severity: MEDIUM from %.2f, HIGH from %.2f%nwrote %s (sha256 %s)%n",
                    thresholds.medium(), thresholds.high(), output, Sha256.of(weights).hex());
        }
    }

    private static double[] sourceWeights(List<TrainingExample> training) {
        Map<String, Integer> sizes = new HashMap<>();
        training.forEach(e -> sizes.merge(e.source(), 1, Integer::sum));
        double[] weights = new double[training.size()];
        for (int i = 0; i < weights.length; i++) {
            String source = training.get(i).source();
            weights[i] = SOURCE_SHARES.get(source) / sizes.get(source);
        }
        return weights;
    }

    /** Every example's embedding, from the cache under target/ when the same model embedded the same texts before. */
    static Map<String, float[]> embedAll(Path module, SentenceEmbedder embedder, List<TrainingExample> examples)
            throws IOException {
        List<String> texts = examples.stream().map(TrainingExample::text).distinct().toList();
        MessageDigest digest = Sha256.newDigest();
        digest.update(embedder.modelSha256().bytes());
        texts.forEach(t -> digest.update((t + "\n").getBytes(StandardCharsets.UTF_8)));
        Path cache = module.resolve("target/toxicity-embeddings-" + Sha256.fromDigest(digest.digest()).hex()
                .substring(0, 16) + ".bin");
        List<float[]> vectors;
        if (Files.exists(cache)) {
            vectors = readVectors(cache, texts.size(), embedder.dimensions());
            System.out.println("embeddings from " + cache);
        } else {
            long started = System.nanoTime();
            vectors = embedder.embed(texts);
            System.out.printf("embedded %d texts in %.1f s%n", texts.size(), (System.nanoTime() - started) / 1e9);
            Files.createDirectories(cache.getParent());
            writeVectors(cache, vectors);
        }
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), vectors.get(i));
        }
        return byText;
    }

    /** Known texts from the map; the rest (frames of reported speech) embedded in one batch. */
    private static List<float[]> lookUp(List<String> texts, Map<String, float[]> known, SentenceEmbedder embedder) {
        List<String> missing = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
        Map<String, float[]> fresh = new HashMap<>();
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                fresh.put(missing.get(i), vectors.get(i));
            }
        }
        return texts.stream().map(t -> known.containsKey(t) ? known.get(t) : fresh.get(t)).toList();
    }

    private static void writeVectors(Path file, List<float[]> vectors) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (float[] vector : vectors) {
                for (float value : vector) {
                    out.writeFloat(value);
                }
            }
        }
    }

    private static List<float[]> readVectors(Path file, int count, int dimensions) throws IOException {
        List<float[]> vectors = new ArrayList<>(count);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimensions];
                for (int j = 0; j < dimensions; j++) {
                    vector[j] = in.readFloat();
                }
                vectors.add(vector);
            }
        }
        return vectors;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** The weights file: what {@link ToxicityModel#read} reads, and how it was made. */
    private static byte[] json(SentenceEmbedder embedder, Head[] heads, Thresholds thresholds, Sha256 trainingData,
                               Map<String, String> files, JsonObject validation, TrainingData.Split split) {
        JsonProvider json = JsonProvider.provider();
        JsonObjectBuilder root = json.createObjectBuilder()
                .add("format", ToxicityModel.FORMAT)
                .add("embeddingModel", embedder.modelName())
                .add("embeddingModelSha256", embedder.modelSha256().hex());
        JsonObjectBuilder fileDigests = json.createObjectBuilder();
        files.forEach(fileDigests::add);
        JsonObjectBuilder data = json.createObjectBuilder()
                .add("sha256", trainingData.hex())
                .add("sha256Of", "the three files below, concatenated in this order")
                .add("files", fileDigests)
                .add("split", "stratified by source and label; " + VALIDATION_SHARE + " for validation; seed " + SEED);
        if (split != null) {
            data.add("trainingExamples", split.training().size()).add("validationExamples", split.validation().size());
        }
        root.add("trainingData", data);
        JsonObjectBuilder shares = json.createObjectBuilder();
        SOURCE_SHARES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> shares.add(e.getKey(), e.getValue()));
        root.add("training", json.createObjectBuilder()
                .add("method", "one logistic regression per output, weighted log loss with L2, full-batch Adam")
                .add("sourceShares", shares).add("l2", L2).add("learningRate", LEARNING_RATE)
                .add("iterations", ITERATIONS));
        root.add("severityThresholds", json.createObjectBuilder()
                .add("low", ToxicityAssessment.TOXIC_AT)
                .add("medium", thresholds.medium())
                .add("high", thresholds.high())
                .add("calibration", "lowest combined scores at which the validation split's balanced precision reaches "
                        + MEDIUM_PRECISION + " and " + HIGH_PRECISION));
        if (validation != null) {
            root.add("validation", validation);
        }
        JsonObjectBuilder headsJson = json.createObjectBuilder();
        for (int output = 0; output < heads.length; output++) {
            JsonArrayBuilder weights = json.createArrayBuilder();
            for (float w : heads[output].weights()) {
                weights.add(new BigDecimal(w).round(MathContext.DECIMAL32));
            }
            headsJson.add(Outputs.name(output), json.createObjectBuilder()
                    .add("bias", new BigDecimal(heads[output].bias()).round(MathContext.DECIMAL64))
                    .add("weights", weights));
        }
        root.add("heads", headsJson);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator((OutputStream) bytes, StandardCharsets.UTF_8)) {
            generator.write(root.build());
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
