package org.imprimatur.checks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The toxicity engine over JSON lines, with the real embedder and classifier. */
class ToxicityLinesTest {

    private static final String CLEAN = "The bridge will reopen to traffic in March after repairs to its deck.";
    private static final String ABUSIVE = "Get lost, you stupid bitch.";

    private static ToxicityLines toxicity;

    @BeforeAll
    static void open() {
        toxicity = ToxicityLines.open();
    }

    @AfterAll
    static void close() {
        toxicity.close();
    }

    @Test
    void aCleanSentenceIsNotToxicAndEveryCategoryIsScored() throws InvalidLineException {
        JsonObject result = toxicity.evaluate(line(CLEAN));

        assertEquals(List.of("toxic", "score", "categories"), List.copyOf(result.keySet()));
        assertFalse(result.getBoolean("toxic"), result.toString());
        assertTrue(score(result) < 0.5, result.toString());
        assertEquals(List.of("hate", "harassment", "threat", "sexual", "self-harm", "profanity"),
                List.copyOf(result.getJsonObject("categories").keySet()));
        for (JsonValue probability : result.getJsonObject("categories").values()) {
            double value = Double.parseDouble(probability.toString());
            assertTrue(value >= 0 && value <= 1, result.toString());
        }
    }

    @Test
    void anAbusiveSentenceIsToxic() throws InvalidLineException {
        JsonObject result = toxicity.evaluate(line(ABUSIVE));

        assertTrue(result.getBoolean("toxic"), result.toString());
        assertTrue(score(result) >= 0.5, result.toString());
    }

    @Test
    void aTextIsAsToxicAsItsMostToxicSentence() throws InvalidLineException {
        double alone = score(toxicity.evaluate(line(ABUSIVE)));

        JsonObject amongCleanOnes = toxicity.evaluate(line(CLEAN + " " + ABUSIVE + " " + CLEAN));

        assertTrue(amongCleanOnes.getBoolean("toxic"), amongCleanOnes.toString());
        // Batching changes a sentence's embedding slightly, so the score is close to, not equal to, the lone one's.
        assertEquals(alone, score(amongCleanOnes), 0.05, amongCleanOnes.toString());
    }

    @Test
    void aBlankTextScoresNothing() throws InvalidLineException {
        JsonObject result = toxicity.evaluate(line("   "));

        assertFalse(result.getBoolean("toxic"));
        assertEquals(0.0, score(result));
        assertTrue(result.getJsonObject("categories").values().stream()
                .allMatch(value -> Double.parseDouble(value.toString()) == 0.0), result.toString());
    }

    private static JsonObject line(String text) {
        return Json.createObjectBuilder().add("id", 1).add("text", text).build();
    }

    private static double score(JsonObject result) {
        return result.getJsonNumber("score").doubleValue();
    }
}
