package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imprimatur.checks.toxicity.ToxicityModel.Head;
import org.imprimatur.spi.content.Sha256;
import org.junit.jupiter.api.Test;

class ToxicityModelTest {

    private static final String ONE_DIMENSION_HEAD = "{\"bias\": 0, \"weights\": [1]}";

    private static String weights(int format, String heads) {
        return "{\"format\": " + format + ", \"embeddingModel\": \"m\", \"trainingData\": {\"sha256\": \"abc\"},"
                + " \"severityThresholds\": {\"low\": 0.5, \"medium\": 0.6, \"high\": 0.9}, \"heads\": {" + heads + "}}";
    }

    private static String allHeads(String head) {
        StringBuilder heads = new StringBuilder("\"toxic\": " + head);
        for (ToxicityCategory category : ToxicityCategory.values()) {
            heads.append(", \"").append(category.wireName()).append("\": ").append(head);
        }
        return heads.toString();
    }

    @Test
    void theCommittedWeightsWereTrainedOnTheDataInTheRepository() throws Exception {
        ToxicityModel model = ToxicityModel.load();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(Files.readAllBytes(Path.of("data/davidson-hsol/labeled_data.csv")));
        data.writeBytes(Files.readAllBytes(Path.of("data/toxigen-seeds/statements.tsv")));
        try (InputStream cases = getClass().getResourceAsStream("training-cases.tsv")) {
            data.writeBytes(cases.readAllBytes());
        }
        assertEquals(Sha256.of(data.toByteArray()).hex(), model.trainingDataSha256(),
                "the training data changed: run TrainToxicityModel (docs/checks.md) and commit the new weights");
        assertEquals("all-MiniLM-L6-v2-q", model.embeddingModel());
        assertTrue(model.thresholds().medium() <= model.thresholds().high());
        try (InputStream in = ToxicityModel.class.getResourceAsStream(ToxicityModel.RESOURCE)) {
            assertEquals(Sha256.of(in.readAllBytes()), model.sha256());
        }
    }

    @Test
    void readsWeightsAndScoresWithASigmoid() {
        ToxicityModel model = ToxicityModel.read(weights(1, allHeads("{\"bias\": -1, \"weights\": [1, 2]}"))
                .getBytes(StandardCharsets.UTF_8));
        double expected = 1 / (1 + Math.exp(-(-1 + 1 * 0.5 + 2 * 0.25)));
        assertEquals(expected, model.toxic(new float[] {0.5f, 0.25f}), 1e-6);
        assertEquals(expected, model.categories(new float[] {0.5f, 0.25f}).get(ToxicityCategory.SELF_HARM), 1e-6);
        assertEquals(0.6, model.thresholds().medium());
        assertEquals(0.9, model.thresholds().high());
    }

    @Test
    void refusesAnEmbeddingOfAnotherSize() {
        ToxicityModel model = ToxicityModel.read(weights(1, allHeads(ONE_DIMENSION_HEAD)).getBytes(StandardCharsets.UTF_8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.toxic(new float[2]));
        assertTrue(e.getMessage().contains("1 dimensions, not 2"), e.getMessage());
    }

    @Test
    void refusesMalformedWeights() {
        assertThrows(IllegalStateException.class,
                () -> ToxicityModel.read(weights(2, allHeads(ONE_DIMENSION_HEAD)).getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class,
                () -> ToxicityModel.read(weights(1, "\"toxic\": " + ONE_DIMENSION_HEAD).getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class,
                () -> ToxicityModel.read("{\"format\": 1".getBytes(StandardCharsets.UTF_8)));
        String unevenHeads = allHeads(ONE_DIMENSION_HEAD).replaceFirst("\"hate\": \\{\"bias\": 0, \"weights\": \\[1]}",
                "\"hate\": {\"bias\": 0, \"weights\": [1, 2]}");
        assertThrows(IllegalStateException.class,
                () -> ToxicityModel.read(weights(1, unevenHeads).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHeadIsALogisticRegression() {
        Head head = new Head(new float[] {2f, -1f}, 0.5);
        assertEquals(0.5, new Head(new float[] {0f}, 0).probability(new float[] {3f}), 1e-12);
        assertEquals(1 / (1 + Math.exp(-(0.5 + 2 - 1))), head.probability(new float[] {1f, 1f}), 1e-12);
    }
}
