package org.imprimatur.generation.drafting.llm;

import java.io.StringReader;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.ProviderUnavailableException;

/**
 * Turns what went wrong talking to a model server into the exception callers act on: a
 * {@link ProviderUnavailableException} when trying again later may work (rate limits, server errors, network
 * trouble, time-outs, an answer that broke off), a plain {@link DraftingException} when it will not until someone
 * changes something (a refused key, a wrong address or model, a request the server rejects).
 *
 * <p>Messages name the server by origin only and the configuration key to fix. Text quoted from the server is
 * shortened and has the API key blanked out, since some servers echo what they were sent.
 */
final class ModelServerFailures {

    private static final int QUOTED_CHARACTERS = 300;
    /** Retry-After is seconds or an HTTP date; anything else is not passed on into a message. */
    private static final Pattern RETRY_AFTER =
            Pattern.compile("\\d{1,9}|[A-Za-z]{3}, \\d{2} [A-Za-z]{3} \\d{4} [0-9:]{8} GMT");

    private final ModelServerConfig config;
    private final JsonProvider json;

    ModelServerFailures(ModelServerConfig config, JsonProvider json) {
        this.config = config;
        this.json = json;
    }

    /** The exception for an answer with a status outside 2xx; {@code body} is the start of what came with it. */
    DraftingException forStatus(int status, HttpHeaders headers, String body) {
        String server = "The model server at " + config.origin();
        String said = serverMessage(body).map(message -> ": " + message).orElse("");
        return switch (status) {
            case 401 -> new DraftingException(server + " refused the API key (401)" + said + "; check "
                    + config.key("api-key"));
            case 403 -> new DraftingException(server + " denied access (403)" + said + "; check " + config.key("api-key")
                    + " and the key's permissions for this model");
            case 404 -> new DraftingException(server + " knows no such endpoint or model (404)" + said + "; check "
                    + config.key("base-url") + " and " + config.key("model"));
            case 408 -> new ProviderUnavailableException(server + " gave up waiting for the request (408)" + said
                    + retryAfter(headers));
            case 429 -> new ProviderUnavailableException(server + " is rate-limiting requests (429)" + said
                    + retryAfter(headers));
            default -> {
                if (status >= 500) {
                    yield new ProviderUnavailableException(server + " failed (" + status + ")" + said + retryAfter(headers));
                }
                if (status >= 400) {
                    yield new DraftingException(server + " rejected the request (" + status + ")" + said);
                }
                String location = headers.firstValue("Location").map(to -> " (it points to " + quote(to) + ")").orElse("");
                yield new DraftingException(server + " answered with status " + status + " instead of a result; check "
                        + config.key("base-url") + location);
            }
        };
    }

    /**
     * The exception for a failure of the exchange itself: no connection, a time-out, a connection that broke.
     *
     * @param answering whether the server had begun to answer (its status line had arrived)
     */
    DraftingException forTransport(Throwable failure, boolean answering) {
        String server = "the model server at " + config.origin();
        if (failure instanceof HttpConnectTimeoutException) {
            return new ProviderUnavailableException("Could not connect to " + server + " within "
                    + seconds(config.connectTimeout()), failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return timedOut(answering);
        }
        if (failure instanceof ConnectException) {
            return new ProviderUnavailableException("Could not connect to " + server + " (is it running and reachable?)",
                    failure);
        }
        if (failure instanceof SSLException) {
            // A certificate the JVM does not trust will not become trusted by trying again.
            return new DraftingException("Could not open a trusted TLS connection to " + server
                    + "; check its certificate and " + config.key("base-url"), failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : quote(failure.getMessage());
        return answering
                ? new ProviderUnavailableException("The connection to " + server + " broke off in the middle of the answer ("
                        + detail + ")", failure)
                : new ProviderUnavailableException("The connection to " + server + " failed (" + detail + ")", failure);
    }

    /** The whole exchange took longer than the configured time-out; {@code answering} as for {@link #forTransport}. */
    ProviderUnavailableException timedOut(boolean answering) {
        return new ProviderUnavailableException("The model server at " + config.origin() + " did not "
                + (answering ? "finish its answer" : "answer") + " within " + seconds(config.timeout())
                + " (" + config.key("timeout") + ")");
    }

    /** The server's answer ended before it said it was complete. */
    ProviderUnavailableException brokeOff(int charactersReceived) {
        return new ProviderUnavailableException("The model server at " + config.origin() + " stopped in the middle of"
                + " its answer, after " + charactersReceived + " characters");
    }

    /** The server sent something that is not the JSON its API promises. */
    DraftingException malformed(String what) {
        return new DraftingException("The model server at " + config.origin() + " sent " + what
                + "; check that " + config.key("base-url") + " is the address of the API this provider speaks");
    }

    /** Text the server sent, made safe to put in a message. */
    String quote(String text) {
        String quoted = text.strip().replaceAll("\\s+", " ");
        Optional<String> key = config.apiKey();
        if (key.isPresent()) {
            quoted = quoted.replace(key.get(), "***");
        }
        return quoted.length() <= QUOTED_CHARACTERS ? quoted : quoted.substring(0, QUOTED_CHARACTERS) + "…";
    }

    /**
     * The error text in an error body: OpenAI's {@code {"error": {"message": …}}}, Ollama's {@code {"error": …}},
     * or short plain text.
     */
    private Optional<String> serverMessage(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = json.createReader(new StringReader(body))) {
            return errorIn(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            // Not JSON: a proxy's or a gateway's page. Its text is the best clue there is, unless it is markup.
            return body.stripLeading().startsWith("<") ? Optional.empty() : Optional.of(quote(body));
        }
    }

    /** The message of an answer object that reports an error, in OpenAI's or Ollama's form. */
    Optional<String> errorIn(JsonObject answer) {
        if (answer.get("error") instanceof JsonObject error && error.get("message") instanceof JsonString message) {
            return Optional.of(quote(message.getString()));
        }
        if (answer.get("error") instanceof JsonString message) {
            return Optional.of(quote(message.getString()));
        }
        if (answer.get("error") instanceof JsonObject) {
            return Optional.of("(no message)");
        }
        return Optional.empty();
    }

    /**
     * Fails if a successful answer, or one event of a stream, carries an error instead of text: some servers
     * report trouble that arises after the status line this way.
     *
     * @throws ProviderUnavailableException with the server's message
     */
    void rejectError(JsonObject answer) throws ProviderUnavailableException {
        Optional<String> error = errorIn(answer);
        if (error.isPresent()) {
            throw new ProviderUnavailableException("The model server at " + config.origin() + " answered with an error: "
                    + error.get());
        }
    }

    private String retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After")
                .map(String::trim)
                .filter(value -> RETRY_AFTER.matcher(value).matches())
                .map(value -> "; it asks to retry after " + (Character.isDigit(value.charAt(0)) ? value + " s" : value))
                .orElse("");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
