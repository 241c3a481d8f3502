package org.imprimatur.checks.toxicity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.content.Sha256;

/**
 * The learned part of the toxicity check: one logistic regression per output over a sentence embedding, as
 * {@code TrainToxicityModel} (in the tests) trains it and writes it to {@value #RESOURCE}. The outputs are the
 * probability that a sentence is toxic at all and, for each {@link ToxicityCategory}, that it belongs to that
 * category.
 *
 * <p>The file also holds the severity thresholds calibrated on the validation data, the embedding model the weights
 * expect, and the SHA-256 of the training data; the SHA-256 of the file itself identifies the weights in reports.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once.
 */
final class ToxicityModel {

    static final String RESOURCE = "toxicity-model.json";
    static final String TOXIC = "toxic";
    static final int FORMAT = 1;

    /** One logistic regression: {@code sigmoid(weights · x + bias)}. */
    record Head(float[] weights, double bias) {

        Head {
            Objects.requireNonNull(weights, "weights");
        }

        double probability(float[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    /**
     * Where the severities {@code MEDIUM} and {@code HIGH} begin on the combined score; {@code LOW} begins at
     * {@link ToxicityAssessment#TOXIC_AT}.
     */
    record Thresholds(double medium, double high) {

        Thresholds {
            if (!(ToxicityAssessment.TOXIC_AT <= medium && medium <= high && high <= 1)) {
                throw new IllegalArgumentException("Severity thresholds must rise from " + ToxicityAssessment.TOXIC_AT
                        + " to 1: " + medium + ", " + high);
            }
        }
    }

    private final String embeddingModel;
    private final int dimensions;
    private final Head toxic;
    private final Map<ToxicityCategory, Head> categories;
    private final Thresholds thresholds;
    private final String trainingDataSha256;
    private final Sha256 sha256;

    ToxicityModel(String embeddingModel, Head toxic, Map<ToxicityCategory, Head> categories, Thresholds thresholds,
                  String trainingDataSha256, Sha256 sha256) {
        this.embeddingModel = Objects.requireNonNull(embeddingModel, "embeddingModel");
        this.toxic = Objects.requireNonNull(toxic, "toxic");
        this.dimensions = toxic.weights().length;
        this.categories = new EnumMap<>(categories);
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.trainingDataSha256 = Objects.requireNonNull(trainingDataSha256, "trainingDataSha256");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        for (ToxicityCategory category : ToxicityCategory.values()) {
            Head head = this.categories.get(category);
            if (head == null || head.weights().length != dimensions) {
                throw new IllegalArgumentException("No head of " + dimensions + " weights for " + category.wireName());
            }
        }
    }

    /**
     * The weights that ship with the check.
     *
     * @throws IllegalStateException if they are missing or malformed (a broken build)
     */
    static ToxicityModel load() {
        try (InputStream in = ToxicityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The toxicity weights " + RESOURCE + " are not on the classpath");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The toxicity weights could not be read", e);
        }
    }

    /** Reads weights in the format {@code TrainToxicityModel} writes. */
    static ToxicityModel read(byte[] json) {
        try (JsonReader reader = JsonProvider.provider().createReader(new ByteArrayInputStream(json))) {
            JsonObject root = reader.readObject();
            if (root.getInt("format") != FORMAT) {
                throw new IllegalStateException("Toxicity weights of format " + root.getInt("format") + ", expected " + FORMAT);
            }
            JsonObject heads = root.getJsonObject("heads");
            Map<ToxicityCategory, Head> categories = new EnumMap<>(ToxicityCategory.class);
            for (ToxicityCategory category : ToxicityCategory.values()) {
                JsonObject head = heads.getJsonObject(category.wireName());
                if (head == null) {
                    throw new IllegalStateException("The toxicity weights have no head for " + category.wireName());
                }
                categories.put(category, head(head));
            }
            JsonObject severity = root.getJsonObject("severityThresholds");
            Thresholds thresholds = new Thresholds(severity.getJsonNumber("medium").doubleValue(),
                    severity.getJsonNumber("high").doubleValue());
            return new ToxicityModel(root.getString("embeddingModel"), head(heads.getJsonObject(TOXIC)), categories,
                    thresholds, root.getJsonObject("trainingData").getString("sha256"), Sha256.of(json));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("The toxicity weights are malformed: " + e.getMessage(), e);
        }
    }

    private static Head head(JsonObject head) {
        JsonArray values = head.getJsonArray("weights");
        float[] weights = new float[values.size()];
        List<JsonNumber> numbers = values.getValuesAs(JsonNumber.class);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) numbers.get(i).doubleValue();
        }
        return new Head(weights, head.getJsonNumber("bias").doubleValue());
    }

    /** The probability that the embedded sentence is toxic at all. */
    double toxic(float[] embedding) {
        return toxic.probability(checked(embedding));
    }

    /** The probability that the embedded sentence belongs to each category. */
    Map<ToxicityCategory, Double> categories(float[] embedding) {
        float[] x = checked(embedding);
        Map<ToxicityCategory, Double> probabilities = new EnumMap<>(ToxicityCategory.class);
        categories.forEach((category, head) -> probabilities.put(category, head.probability(x)));
        return probabilities;
    }

    private float[] checked(float[] embedding) {
        if (embedding.length != dimensions) {
            throw new IllegalArgumentException("The toxicity weights take " + dimensions + " dimensions, not "
                    + embedding.length + "; were the sentences embedded with " + embeddingModel + "?");
        }
        return embedding;
    }

    /** The sentence embedding model the weights were trained on, e.g. {@code all-MiniLM-L6-v2-q}. */
    String embeddingModel() {
        return embeddingModel;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    /** The SHA-256 of the training data, as the weights file records it. */
    String trainingDataSha256() {
        return trainingDataSha256;
    }

    /** The SHA-256 of the weights file. */
    Sha256 sha256() {
        return sha256;
    }
}
