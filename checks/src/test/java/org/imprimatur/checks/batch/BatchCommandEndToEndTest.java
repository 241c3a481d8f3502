package org.imprimatur.checks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The command as {@code java -jar} runs it, with the real engines, on a few lines each. */
class BatchCommandEndToEndTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fact() {
        String source = Json.createValue("The museum reopened on 4 May after a renovation that cost 12 million"
                + " pounds. It expects 300,000 visitors a year.").toString();
        String input = String.join("\n",
                "{\"id\": \"cost\", \"claim\": \"The renovation cost 12 million pounds.\", \"sources\": [" + source + "]}",
                "{\"id\": \"visitors\", \"claim\": \"The museum expects 900,000 visitors a year.\", \"sources\": ["
                        + source + "]}",
                "{\"id\": \"broken\", \"claim\": 12}");

        List<JsonObject> results = run(input, "fact", "--threads", "2");

        assertEquals(List.of("cost", "visitors", "broken"), results.stream().map(r -> r.getString("id")).toList());
        assertEquals(List.of("id", "verdict", "score", "evidence"), List.copyOf(results.get(0).keySet()));
        assertEquals("supported", results.get(0).getString("verdict"), results.get(0).toString());
        assertEquals("contradicted", results.get(1).getString("verdict"), results.get(1).toString());
        assertEquals(0, results.get(1).getJsonArray("evidence").getJsonObject(0).getInt("source"));
        assertEquals("field \"claim\" must be a string, not number", results.get(2).getString("error"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("fact: done, 3 lines"), err.toString());
    }

    @Test
    void toxicity() {
        String input = String.join("\n",
                "{\"id\": 1, \"text\": \"The council will publish the budget on Friday.\"}",
                "{\"id\": 2, \"text\": \"Shut up, you worthless piece of shit.\"}",
                "{\"id\": 3}");

        List<JsonObject> results = run(input, "toxicity");

        assertEquals(List.of(1, 2, 3), results.stream().map(r -> r.getInt("id")).toList());
        assertEquals(List.of("id", "toxic", "score", "categories"), List.copyOf(results.get(0).keySet()));
        assertFalse(results.get(0).getBoolean("toxic"), results.get(0).toString());
        assertTrue(results.get(1).getBoolean("toxic"), results.get(1).toString());
        assertEquals("missing field \"text\"", results.get(2).getString("error"));
    }

    private List<JsonObject> run(String input, String... args) {
        int status = new BatchCommand(BatchCommand.engines(), 2).run(args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(BatchCommand.OK, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> Json.createReader(new StringReader(line)).readObject())
                .toList();
    }
}
