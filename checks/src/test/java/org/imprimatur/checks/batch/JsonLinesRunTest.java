package org.imprimatur.checks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonLinesRunTest {

    /** Answers with the length of the line's text. */
    static final LineEvaluator LENGTH = input -> Json.createObjectBuilder()
            .add("length", InputFields.string(input, "text").length())
            .build();

    @Test
    void resultsKeepInputOrderWhenLinesFinishOutOfOrder() throws Exception {
        int threads = 4;
        CountDownLatch laterLinesDone = new CountDownLatch(threads - 1);
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        LineEvaluator firstLineLast = input -> {
            int n = Integer.parseInt(InputFields.string(input, "text"));
            if (n == 0) {
                awaitWithin(laterLinesDone, Duration.ofSeconds(30));
            } else {
                laterLinesDone.countDown();
            }
            finished.add(n);
            return Json.createObjectBuilder().add("n", n).build();
        };
        String input = lines(IntStream.range(0, 200).mapToObj(n -> "{\"id\": \"line-" + n + "\", \"text\": \"" + n + "\"}"));

        List<JsonObject> results = run(firstLineLast, threads, input);

        assertNotEquals(0, finished.get(0), "the first line finished after others");
        assertEquals(IntStream.range(0, 200).mapToObj(n -> "line-" + n).toList(),
                results.stream().map(result -> result.getString("id")).toList());
        assertEquals(IntStream.range(0, 200).boxed().toList(),
                results.stream().map(result -> result.getInt("n")).toList());
    }

    @Test
    void eachResultIsTheIdFollowedByTheEvaluatorsFields() throws Exception {
        LineEvaluator claimsAnId = input -> Json.createObjectBuilder().add("id", "not mine").add("verdict", "ok")
                .add("score", 0.25).build();

        List<String> output = rawRun(claimsAnId, 2, "{\"id\": \"a\"}\n{\"id\": 17, \"extra\": [1, 2]}\n");

        assertEquals(List.of("{\"id\":\"a\",\"verdict\":\"ok\",\"score\":0.25}",
                "{\"id\":17,\"verdict\":\"ok\",\"score\":0.25}"), output);
    }

    @Test
    void aMalformedLineGivesAnErrorForThatLineAndTheRunGoesOn() throws Exception {
        LineEvaluator refusesBadText = input -> {
            if (InputFields.string(input, "text").equals("boom")) {
                throw new IllegalStateException("engine broke");
            }
            return LENGTH.evaluate(input);
        };
        String input = String.join("\n",
                "{\"id\": \"ok-1\", \"text\": \"abc\"}",
                "{oops",
                "[1, 2]",
                "{\"text\": \"no id\"}",
                "{\"id\": {\"nested\": true}, \"text\": \"x\"}",
                "{\"id\": \"no-text\"}",
                "{\"id\": \"null-text\", \"text\": null}",
                "{\"id\": 42, \"text\": 7}",
                "{\"id\": \"boom\", \"text\": \"boom\"}",
                "{\"id\": \"two\", \"text\": \"a\"} {\"id\": \"values\"}",
                "",
                "   ",
                "{\"id\": \"ok-2\", \"text\": \"abcd\"}");

        List<JsonObject> results = run(refusesBadText, 3, input);

        assertEquals(11, results.size(), "one result per non-blank line: " + results);
        assertEquals(3, results.get(0).getInt("length"));
        assertEquals(4, results.get(10).getInt("length"));
        for (JsonObject error : results.subList(1, 10)) {
            assertEquals(List.of("id", "error"), List.copyOf(error.keySet()), error.toString());
        }
        assertEquals(List.of("null", "null", "null", "null", "\"no-text\"", "\"null-text\"", "42", "\"boom\"",
                "null"), results.subList(1, 10).stream().map(error -> error.get("id").toString()).toList());
        assertTrue(error(results, 1).startsWith("not JSON"), error(results, 1));
        assertEquals("not a JSON object but array", error(results, 2));
        assertEquals("missing field \"id\"", error(results, 3));
        assertEquals("field \"id\" must be a string or a number, not object", error(results, 4));
        assertEquals("missing field \"text\"", error(results, 5));
        assertEquals("missing field \"text\"", error(results, 6));
        assertEquals("field \"text\" must be a string, not number", error(results, 7));
        assertTrue(error(results, 8).startsWith("evaluation failed") && error(results, 8).contains("engine broke"),
                error(results, 8));
        assertTrue(error(results, 9).startsWith("not JSON"), error(results, 9));
    }

    @Test
    void arraysOfStringsAreCheckedElementByElement() throws Exception {
        LineEvaluator counts = input -> Json.createObjectBuilder()
                .add("count", InputFields.strings(input, "sources").size()).build();

        List<JsonObject> results = run(counts, 1, String.join("\n",
                "{\"id\": \"a\", \"sources\": [\"x\", \"y\"]}",
                "{\"id\": \"b\", \"sources\": []}",
                "{\"id\": \"c\", \"sources\": \"x\"}",
                "{\"id\": \"d\", \"sources\": [\"x\", 3]}"));

        assertEquals(2, results.get(0).getInt("count"));
        assertEquals(0, results.get(1).getInt("count"));
        assertEquals("field \"sources\" must be an array of strings, not string", error(results, 2));
        assertEquals("field \"sources[1]\" must be a string, not number", error(results, 3));
    }

    @Test
    void aBrokenOutputStopsTheRunWithItsError() {
        Writer breaksAfterTenLines = new Writer() {
            private int writes;

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                if (++writes > 20) {
                    throw new IOException("Broken pipe");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        String input = lines(IntStream.range(0, 5_000).mapToObj(n -> "{\"id\": " + n + ", \"text\": \"t\"}"));

        IOException failure = assertThrows(IOException.class, () -> new JsonLinesRun(LENGTH, 2)
                .run(new BufferedReader(new StringReader(input)), breaksAfterTenLines, quietProgress()));

        assertEquals("Broken pipe", failure.getMessage());
    }

    @Test
    void aBrokenInputStopsTheRunAfterTheResultsOfWhatWasRead() {
        StringWriter output = new StringWriter();
        BufferedReader failsOnThirdLine = new BufferedReader(new StringReader("")) {
            private int lines;

            @Override
            public String readLine() throws IOException {
                if (++lines == 3) {
                    throw new IOException("Input/output error");
                }
                return "{\"id\": " + lines + ", \"text\": \"t\"}";
            }
        };

        IOException failure = assertThrows(IOException.class,
                () -> new JsonLinesRun(LENGTH, 2).run(failsOnThirdLine, output, quietProgress()));

        assertEquals("Input/output error", failure.getMessage());
        assertEquals("{\"id\":1,\"length\":1}\n{\"id\":2,\"length\":1}\n", output.toString());
    }

    @Test
    void theRunNeedsAThread() {
        assertThrows(IllegalArgumentException.class, () -> new JsonLinesRun(LENGTH, 0));
    }

    private static String error(List<JsonObject> results, int index) {
        return results.get(index).getString("error");
    }

    static String lines(java.util.stream.Stream<String> lines) {
        return String.join("\n", lines.toList()) + "\n";
    }

    static List<JsonObject> run(LineEvaluator evaluator, int threads, String input) throws IOException {
        return rawRun(evaluator, threads, input).stream()
                .map(line -> Json.createReader(new StringReader(line)).readObject())
                .toList();
    }

    private static List<String> rawRun(LineEvaluator evaluator, int threads, String input) throws IOException {
        StringWriter output = new StringWriter();
        new JsonLinesRun(evaluator, threads).run(new BufferedReader(new StringReader(input)), output, quietProgress());
        String text = output.toString();
        assertTrue(text.isEmpty() || text.endsWith("\n"), "every result ends its line");
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    private static Progress quietProgress() {
        return new Progress("test", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System::nanoTime, Duration.ofHours(1));
    }

    private static void awaitWithin(CountDownLatch latch, Duration deadline) {
        try {
            if (!latch.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the other lines never ran");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
