package org.imprimatur.checks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class BatchCommandTest {

    private final AtomicBoolean closed = new AtomicBoolean();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runsTheChosenEngineOverStandardInput() {
        String input = "{\"id\": \"a\", \"text\": \"héllo\"}\nnot json\n{\"id\": \"c\", \"text\": \"🚢\"}\n";

        int status = run(input, "length", "--threads", "3");

        assertEquals(BatchCommand.OK, status, stderr());
        List<JsonObject> results = stdout().lines()
                .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        assertEquals(3, results.size());
        assertEquals(5, results.get(0).getInt("length"));
        assertTrue(results.get(1).isNull("id") && results.get(1).containsKey("error"));
        assertEquals(2, results.get(2).getInt("length"), "UTF-8 in, UTF-16 length out");
        assertTrue(stderr().contains("length: done, 3 lines"), stderr());
        assertTrue(stderr().contains("1 errors"), stderr());
        assertTrue(closed.get(), "the engine is closed after the run");
    }

    @Test
    void usageErrorsExitWithTwoAndWriteNothingToStandardOutput() {
        for (String[] args : List.of(new String[] {}, new String[] {"facts"}, new String[] {"length", "--threads"},
                new String[] {"length", "--threads", "0"}, new String[] {"length", "--threads=many"},
                new String[] {"length", "--fast"}, new String[] {"length", "length"})) {
            out.reset();
            err.reset();

            assertEquals(BatchCommand.USAGE, run("{\"id\": 1, \"text\": \"x\"}\n", args), String.join(" ", args));
            assertEquals("", stdout());
            assertTrue(stderr().contains("usage: java -jar imprimatur-checks.jar length|broken [--threads N]"),
                    stderr());
        }
        assertFalse(closed.get(), "no engine was opened");
    }

    @Test
    void helpIsNoError() {
        assertEquals(BatchCommand.OK, run("", "--help"));
        assertTrue(stderr().startsWith("usage:"), stderr());
    }

    @Test
    void anEngineThatCannotLoadEndsTheRunWithOne() {
        assertEquals(BatchCommand.FAILED, run("{\"id\": 1, \"text\": \"x\"}\n", "broken"));
        assertTrue(stderr().contains("broken: could not run: model missing"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void threadsAreOptionalAndMayBeGivenWithAnEqualsSign() {
        assertEquals(BatchCommand.OK, run("{\"id\": 1, \"text\": \"x\"}\n", "--threads=2", "length"));
        assertEquals("{\"id\":1,\"length\":1}\n", stdout());
    }

    private int run(String input, String... args) {
        Map<String, Supplier<LineEvaluator>> engines = new LinkedHashMap<>();
        engines.put("length", () -> new LineEvaluator() {
            @Override
            public JsonObject evaluate(JsonObject line) throws InvalidLineException {
                return JsonLinesRunTest.LENGTH.evaluate(line);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        });
        engines.put("broken", () -> {
            throw new IllegalStateException("model missing");
        });
        return new BatchCommand(engines, 2).run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
