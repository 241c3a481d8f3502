package org.imprimatur.generation.drafting.llm;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.generation.drafting.llm.ResponseLines.End;
import org.imprimatur.generation.drafting.llm.ResponseLines.Event;
import org.imprimatur.generation.drafting.llm.ResponseLines.Failed;
import org.imprimatur.generation.drafting.llm.ResponseLines.Head;
import org.imprimatur.generation.drafting.llm.ResponseLines.Line;
import org.imprimatur.generation.drafting.llm.ResponseLines.TimedOut;
import org.imprimatur.spi.drafting.DraftingException;

/**
 * A model server's HTTP JSON API as one configured provider reaches it: posts a JSON request and reads a JSON
 * answer, or a stream of lines (server-sent events, NDJSON), within the configured time-outs.
 *
 * <p>Every failure comes out classified (see {@link ModelServerFailures}): {@code ProviderUnavailableException}
 * when a retry may help, a plain {@code DraftingException} when it will not. The API key goes only into the
 * request's header.
 *
 * <p><b>Threading:</b> thread-safe; each call is one exchange on the calling thread. Nothing to close: the
 * underlying {@link HttpClient} releases its connections when it is no longer referenced.
 */
public final class ModelServer {

    /** The most characters an answer may have: room for a large image as base64, not for a runaway server. */
    private static final int MAX_ANSWER_CHARACTERS = 48 * 1024 * 1024;
    /** How much of an error body is read for its message. */
    private static final int MAX_ERROR_CHARACTERS = 8 * 1024;

    private final ModelServerConfig config;
    private final JsonProvider json;
    private final ModelServerFailures failures;
    private final HttpClient client;

    /**
     * @param config where the server is and how long to wait for it
     * @param json   the JSON-P implementation to read and write with
     */
    public ModelServer(ModelServerConfig config, JsonProvider json) {
        this.config = config;
        this.json = json;
        this.failures = new ModelServerFailures(config, json);
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // Local model servers (llama.cpp, vLLM behind uvicorn) handle HTTP/1.1 best; an h2c upgrade gains nothing.
                .version(HttpClient.Version.HTTP_1_1)
                // A redirect would carry the API key to wherever it points.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What this server is configured as. */
    public ModelServerConfig config() {
        return config;
    }

    /**
     * Posts a request and reads the whole JSON answer.
     *
     * @param path the operation, e.g. {@code /chat/completions}
     * @param body the request
     * @return the answer object
     * @throws DraftingException (or its retryable subclass) classified as described above; also when the answer
     *                           is not a JSON object, or is an object that reports an error
     */
    public JsonObject post(String path, JsonObject body) throws DraftingException {
        StringBuilder answer = new StringBuilder();
        exchange(path, body, "application/json", line -> {
            if (answer.length() + line.length() > MAX_ANSWER_CHARACTERS) {
                throw failures.malformed("an answer larger than " + MAX_ANSWER_CHARACTERS / (1024 * 1024) + " MiB");
            }
            answer.append(line).append('\n');
            return false;
        });
        JsonObject parsed = parse(answer.toString(),
                answer.isEmpty() ? "an empty answer" : "an answer that is not a JSON object");
        failures.rejectError(parsed);
        return parsed;
    }

    /**
     * The failure for an answer that parsed but is not what the API promises, e.g. one without the expected
     * member; worded like this server's other failures.
     *
     * @param what what arrived instead, e.g. {@code "an answer without data[0].b64_json"}
     */
    public DraftingException malformed(String what) {
        return failures.malformed(what);
    }

    /**
     * Parses one JSON object the server sent: a whole answer or one event of a stream.
     *
     * @param what what to call it if it is not a JSON object, e.g. {@code "a stream event that is not JSON"}
     * @throws DraftingException if it is not a JSON object
     */
    JsonObject parse(String text, String what) throws DraftingException {
        try (JsonReader reader = json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw failures.malformed(what);
        }
    }

    /**
     * Posts a request and hands the answer to {@code handler} line by line, as it arrives, on the calling thread.
     * Returns when the answer ends or the handler says it has all it needs. Whether the answer was complete is for
     * the handler to judge: a stream's own end marker is part of its format.
     *
     * @param path   the operation, e.g. {@code /api/chat}
     * @param body   the request
     * @param accept the media types the stream may come as, for the {@code Accept} header
     * @throws DraftingException (or its retryable subclass) classified as described above, or as the handler
     *                           threw it
     */
    public void stream(String path, JsonObject body, String accept, LineHandler handler) throws DraftingException {
        exchange(path, body, accept, handler);
    }

    /** Reports a failure the way this server's other failures are reported: see {@link ModelServerFailures}. */
    ModelServerFailures failures() {
        return failures;
    }

    private void exchange(String path, JsonObject body, String accept, LineHandler handler) throws DraftingException {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.endpoint(path))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        config.apiKey().ifPresent(key -> {
            if (config.azure()) {
                request.header("api-key", key);
            } else {
                request.header("Authorization", "Bearer " + key);
            }
        });
        ResponseLines lines = ResponseLines.send(client, request.build(), config.timeout());
        try {
            read(lines, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DraftingException("The request to the model server at " + config.origin() + " was interrupted", e);
        }
    }

    private void read(ResponseLines lines, LineHandler handler) throws DraftingException, InterruptedException {
        Event first = lines.next();
        if (!(first instanceof Head head)) {
            throw failure(first, false);
        }
        if (head.status() < 200 || head.status() > 299) {
            throw failures.forStatus(head.status(), head.headers(), errorBody(lines));
        }
        while (true) {
            Event event = lines.next();
            if (event instanceof End) {
                return;
            }
            if (!(event instanceof Line line)) {
                throw failure(event, true);
            }
            boolean enough;
            try {
                enough = handler.accept(line.text());
            } catch (DraftingException | RuntimeException e) {
                lines.abort();
                throw e;
            }
            if (enough) {
                lines.abort();
                return;
            }
        }
    }

    /** The start of an error answer, for its message; whatever arrives within the deadline. */
    private static String errorBody(ResponseLines lines) throws InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Event event = lines.next(); event instanceof Line line; event = lines.next()) {
            body.append(line.text()).append('\n');
            if (body.length() > MAX_ERROR_CHARACTERS) {
                lines.abort();
                break;
            }
        }
        return body.toString();
    }

    private DraftingException failure(Event event, boolean answering) {
        if (event instanceof Failed failed) {
            return failures.forTransport(failed.cause(), answering);
        }
        if (event instanceof TimedOut) {
            return failures.timedOut(answering);
        }
        throw new IllegalStateException("Unexpected exchange event " + event);
    }

    private String write(JsonObject body) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = json.createWriter(out)) {
            writer.writeObject(body);
        }
        return out.toString();
    }

    /** Takes an answer's lines as they arrive. */
    @FunctionalInterface
    public interface LineHandler {

        /**
         * Takes one line (without its line break).
         *
         * @return {@code true} when the handler has the whole answer and the rest may be dropped
         * @throws DraftingException if the line shows the answer is unusable; the exchange is then aborted
         */
        boolean accept(String line) throws DraftingException;
    }
}
