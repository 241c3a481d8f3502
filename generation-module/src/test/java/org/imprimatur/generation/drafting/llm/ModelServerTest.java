package org.imprimatur.generation.drafting.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.ProviderUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a model server's answers and failures come out, against a real HTTP server on 127.0.0.1. */
class ModelServerTest {

    private static final String SCOPE = "imprimatur.drafting.openai";
    private static final String KEY = "sk-test-7f3a9c";
    private static final JsonObject REQUEST = Json.createObjectBuilder().add("model", "m").build();

    private final CountDownLatch release = new CountDownLatch(1);
    private ModelServerStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = ModelServerStub.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        stub.close();
    }

    private ModelServer server(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("base-url", stub.url("/v1"), "model", "m", "api-key", KEY));
        values.putAll(extra);
        return new ModelServer(ModelServerConfig.read(SCOPE, key -> Optional.ofNullable(values.get(key))),
                JsonProvider.provider());
    }

    private DraftingException failure(Class<? extends DraftingException> type, Map<String, String> config) {
        DraftingException failure = assertThrows(DraftingException.class, () -> server(config).post("/chat/completions", REQUEST));
        assertEquals(type, failure.getClass(), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), "the API key never appears in a message");
        return failure;
    }

    private DraftingException failure(Class<? extends DraftingException> type) {
        return failure(type, Map.of());
    }

    private static void assertMentions(DraftingException failure, String... parts) {
        for (String part : parts) {
            assertTrue(failure.getMessage().contains(part), "'" + part + "' missing from: " + failure.getMessage());
        }
    }

    @Test
    void postsJsonWithTheKeyAsBearerTokenAndReadsTheAnswer() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json", "{\"ok\": true}"));

        JsonObject answer = server(Map.of()).post("/chat/completions", REQUEST);

        assertTrue(answer.getBoolean("ok"));
        ModelServerStub.Received request = stub.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(REQUEST, request.json());
    }

    @Test
    void azureTakesTheKeyInItsOwnHeader() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json", "{}"));

        server(Map.of("base-url", stub.url(""), "api-version", "2024-10-21")).post("/chat/completions", REQUEST);

        ModelServerStub.Received request = stub.onlyRequest();
        assertEquals("/openai/deployments/m/chat/completions", request.path());
        assertEquals("api-version=2024-10-21", request.query());
        assertEquals(KEY, request.header("api-key"));
        assertEquals(null, request.header("Authorization"));
    }

    @Test
    void rateLimitingIsRetryableAndPassesOnRetryAfter() {
        stub.respond((request, exchange) -> {
            exchange.getResponseHeaders().set("Retry-After", "30");
            ModelServerStub.send(exchange, 429, "application/json",
                    "{\"error\": {\"message\": \"Rate limit reached for requests\", \"type\": \"requests\"}}");
        });

        assertMentions(failure(ProviderUnavailableException.class),
                "rate-limiting requests (429)", "Rate limit reached for requests", "retry after 30 s");
    }

    @Test
    void aServerErrorIsRetryableAndQuotesOllamasErrorText() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 500, "application/json",
                "{\"error\": \"model runner has unexpectedly stopped\"}"));

        assertMentions(failure(ProviderUnavailableException.class),
                "failed (500)", "model runner has unexpectedly stopped", stub.url(""));
    }

    @Test
    void aRefusedKeyIsNotRetryableAndSaysWhichKeyToFixWithoutShowingIt() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 401, "application/json",
                "{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + ".\"}}"));

        assertMentions(failure(DraftingException.class),
                "refused the API key (401)", "Incorrect API key provided: ***", "check " + SCOPE + ".api-key");
    }

    @Test
    void clientErrorsAreNotRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 403, "text/plain", "forbidden"));
        assertMentions(failure(DraftingException.class), "denied access (403)", SCOPE + ".api-key");

        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 404, "application/json",
                "{\"error\": \"model 'llama9' not found\"}"));
        assertMentions(failure(DraftingException.class), "(404)", "model 'llama9' not found", SCOPE + ".base-url",
                SCOPE + ".model");

        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 400, "application/json",
                "{\"error\": {\"message\": \"temperature must be at most 2\"}}"));
        assertMentions(failure(DraftingException.class), "rejected the request (400)", "temperature must be at most 2");
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyStaysWithTheConfiguredServer() {
        stub.respond((request, exchange) -> {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:9/elsewhere");
            ModelServerStub.send(exchange, 307, "text/plain", "");
        });

        assertMentions(failure(DraftingException.class), "status 307", "127.0.0.1:9/elsewhere", SCOPE + ".base-url");
        assertEquals(1, stub.received().size());
    }

    @Test
    void anAnswerThatIsNotJsonIsNotRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json", "{\"choices\": ["));

        assertMentions(failure(DraftingException.class), "not a JSON object", SCOPE + ".base-url");
    }

    @Test
    void anErrorInsideASuccessfulAnswerIsRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json",
                "{\"error\": {\"message\": \"upstream overloaded\"}}"));

        assertMentions(failure(ProviderUnavailableException.class), "answered with an error", "upstream overloaded");
    }

    @Test
    void aServerThatIsNotThereIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertMentions(failure(ProviderUnavailableException.class, Map.of("base-url", "http://127.0.0.1:" + closedPort)),
                "Could not connect", "127.0.0.1:" + closedPort);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRetryable() {
        stub.respond((request, exchange) -> {
            release.await();
            ModelServerStub.send(exchange, 200, "application/json", "{}");
        });

        assertMentions(failure(ProviderUnavailableException.class, Map.of("timeout", "1")),
                "did not answer within 1 s", SCOPE + ".timeout");
    }

    @Test
    void anAnswerCutShortOfItsLengthIsRetryable() {
        stub.respond((request, exchange) -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"choices\": [{\"message\"".getBytes());
            // Closing the exchange 977 bytes short makes the server drop the connection.
        });

        assertMentions(failure(ProviderUnavailableException.class), "broke off");
    }

    @Test
    void streamedLinesArriveInOrderOnTheCallingThread() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "application/x-ndjson",
                List.of("{\"n\": 1}\n", "{\"n\": 2}\r\n{\"n\"", ": 3}\n")));
        List<String> lines = new ArrayList<>();
        Thread caller = Thread.currentThread();

        server(Map.of()).stream("/api/chat", REQUEST, "application/x-ndjson", line -> {
            assertEquals(caller, Thread.currentThread());
            lines.add(line);
            return false;
        });

        assertEquals(List.of("{\"n\": 1}", "{\"n\": 2}", "{\"n\": 3}"), lines);
        assertEquals("application/x-ndjson", stub.onlyRequest().header("Accept"));
    }

    @Test
    void aStreamThatStopsSendingIsCutOffAtTheTimeout() {
        stub.respond((request, exchange) -> {
            ModelServerStub.stream(exchange, "text/event-stream", List.of("data: {}\n\n"));
            release.await();
        });
        List<String> lines = new ArrayList<>();

        DraftingException failure = assertThrows(DraftingException.class, () -> server(Map.of("timeout", "1"))
                .stream("/chat/completions", REQUEST, "text/event-stream", line -> lines.add(line) && false));

        assertInstanceOf(ProviderUnavailableException.class, failure);
        assertMentions(failure, "did not finish its answer within 1 s");
        assertEquals(List.of("data: {}", ""), lines, "what arrived before the silence was read");
    }

    @Test
    void aHandlerCanStopTheStreamEarly() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "text/event-stream",
                List.of("data: [DONE]\n\n", "data: ignored\n\n")));
        List<String> lines = new ArrayList<>();

        server(Map.of()).stream("/chat/completions", REQUEST, "text/event-stream", line -> {
            lines.add(line);
            return line.equals("data: [DONE]");
        });

        assertEquals(List.of("data: [DONE]"), lines);
    }
}
