package org.imprimatur.app.notifications;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends one event to one webhook as a signed POST (see {@link WebhookSignature}) and says how it went. A 2xx answer
 * is a delivery; anything else, redirects included, is a failed attempt. Never throws for the receiver's sake:
 * whatever happens on the wire becomes an {@link AttemptOutcome}.
 */
public final class WebhookSender {

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    /**
     * @param timeout how long connecting and answering may take, each
     * @param clock   what the signed timestamp is read from
     */
    public WebhookSender(Duration timeout, Clock clock) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Redirects are not followed: a signed body must reach the configured URL or nothing.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Makes one attempt. */
    public AttemptOutcome send(Webhook webhook, NotificationEvent event) {
        long timestamp = clock.instant().getEpochSecond();
        String body = event.body();
        HttpRequest request = HttpRequest.newBuilder(webhook.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Imprimatur-Webhooks")
                .header(WebhookSignature.EVENT_ID_HEADER, event.id())
                .header(WebhookSignature.EVENT_TYPE_HEADER, event.type())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(webhook.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int status = response.statusCode();
            return status / 100 == 2 ? AttemptOutcome.delivered(Optional.of(status), took)
                    : AttemptOutcome.refused(status, "HTTP " + status, took);
        } catch (IOException e) {
            return AttemptOutcome.failed(describe(e), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptOutcome.failed("interrupted while sending", Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String describe(IOException e) {
        // Connection refusals come without a message; their class name is what says what happened.
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
