package org.imprimatur.checks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fact engine over JSON lines, with the real embedder and fact checker. */
class FactLinesTest {

    private static final String HARBOUR = "The storm closed the harbour at Wexcombe on Monday night. Ferries to the"
            + " islands were cancelled until Wednesday.";
    private static final String BUDGET = "The county council approved the budget on Tuesday. It will spend 48 million"
            + " euros on the sea wall over the next four years. The opposition voted against it.";

    private static FactLines fact;

    @BeforeAll
    static void open() {
        fact = FactLines.open();
    }

    @AfterAll
    static void close() {
        fact.close();
    }

    @Test
    void aSupportedClaimCitesThePassageAndTheSourceItCameFrom() throws InvalidLineException {
        JsonObject result = fact.evaluate(line("The council will spend 48 million euros on the sea wall.", HARBOUR, BUDGET));

        assertEquals(Set.of("verdict", "score", "evidence"), result.keySet());
        assertEquals("supported", result.getString("verdict"));
        assertTrue(result.getJsonNumber("score").doubleValue() >= 0.5, result.toString());
        assertEvidenceComesFromItsSource(result, HARBOUR, BUDGET);
        assertEquals(1, result.getJsonArray("evidence").getJsonObject(0).getInt("source"), result.toString());
    }

    @Test
    void aChangedNumberIsContradicted() throws InvalidLineException {
        JsonObject result = fact.evaluate(line("The council will spend 84 million euros on the sea wall.", BUDGET, HARBOUR));

        assertEquals("contradicted", result.getString("verdict"), result.toString());
        assertTrue(result.getJsonNumber("score").doubleValue() < 0.5, result.toString());
        assertEvidenceComesFromItsSource(result, BUDGET, HARBOUR);
        assertEquals(0, result.getJsonArray("evidence").getJsonObject(0).getInt("source"), result.toString());
    }

    @Test
    void withoutSourcesNothingIsVerifiable() throws InvalidLineException {
        JsonObject result = fact.evaluate(line("The council will spend 48 million euros on the sea wall."));

        assertEquals("unverifiable", result.getString("verdict"));
        assertEquals(List.of(), result.getJsonArray("evidence"));
    }

    @Test
    void anEmptyClaimIsAnError() {
        InvalidLineException empty = assertThrows(InvalidLineException.class,
                () -> fact.evaluate(line("  ", BUDGET)));
        assertEquals("field \"claim\" is empty", empty.getMessage());
    }

    @Test
    void linesRunThroughTheBatchInOrder() throws Exception {
        String input = String.join("\n",
                "{\"id\": \"budget\", \"claim\": \"The council will spend 48 million euros on the sea wall.\","
                        + " \"sources\": [" + Json.createValue(BUDGET) + "]}",
                "{\"id\": \"no-sources\", \"claim\": \"The harbour closed on Monday.\"}",
                "{\"id\": \"ferries\", \"claim\": \"Ferries were cancelled until Wednesday.\", \"sources\": ["
                        + Json.createValue(HARBOUR) + ", " + Json.createValue(BUDGET) + "]}");

        List<JsonObject> results = JsonLinesRunTest.run(fact, 2, input);

        assertEquals(List.of("budget", "no-sources", "ferries"),
                results.stream().map(result -> result.getString("id")).toList());
        assertEquals("missing field \"sources\"", results.get(1).getString("error"));
        assertEquals("supported", results.get(2).getString("verdict"), results.get(2).toString());
    }

    private static JsonObject line(String claim, String... sources) {
        return Json.createObjectBuilder().add("id", "line").add("claim", claim)
                .add("sources", Json.createArrayBuilder(List.of(sources))).build();
    }

    private static void assertEvidenceComesFromItsSource(JsonObject result, String... sources) {
        JsonArray evidence = result.getJsonArray("evidence");
        assertFalse(evidence.isEmpty(), result.toString());
        for (JsonValue value : evidence) {
            JsonObject passage = value.asJsonObject();
            assertTrue(sources[passage.getInt("source")].contains(passage.getString("text")), passage.toString());
            double score = passage.getJsonNumber("score").doubleValue();
            assertTrue(score >= 0 && score <= 1, passage.toString());
        }
    }
}
