package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A delivery's whole life against a real HTTP receiver on loopback: signed requests, retries on the schedule, the
 * log of attempts, and giving up. The clock is stepped to each retry's due time, so nobody waits for the backoff.
 */
class WebhookDeliveryTest {

    private static final String SECRET = "a-shared-secret-of-the-desk";
    private static final Instant START = Instant.parse("2026-11-29T09:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10), 4);

    private final SteppedClock clock = new SteppedClock(START);
    private final Receiver receiver = new Receiver();
    private final NotificationEvent event = Events.approved();

    @AfterEach
    void close() {
        receiver.close();
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheSameSignedEventThreeTimesAndEveryAttemptIsLogged() {
        receiver.failuresLeft.set(2);
        NotificationDelivery delivery = new NotificationDelivery(event, 42, Channel.WEBHOOK, "desk", clock.instant());

        List<DeliveryAttempt> log = deliverUntilSettled(delivery, sender(Duration.ofSeconds(5)), webhook());

        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(3, delivery.attempts());
        assertEquals(List.of(Optional.of(503), Optional.of(503), Optional.of(204)),
                log.stream().map(DeliveryAttempt::statusCode).toList());
        assertEquals(List.of(START, START.plusSeconds(30), START.plusSeconds(90)),
                log.stream().map(DeliveryAttempt::attemptedAt).toList(), "30 s, then twice as long");
        assertEquals(Optional.of("HTTP 503"), log.get(0).error());
        assertEquals(Optional.empty(), log.get(2).error());
        assertEquals(Optional.empty(), delivery.lastError(), "a delivered delivery has no error left");

        assertEquals(3, receiver.requests.size());
        for (Request request : receiver.requests) {
            assertEquals(event.body(), request.body(), "byte for byte the stored event");
            assertEquals(event.id(), request.eventId(), "one id on every attempt, for the receiver to deduplicate");
            assertEquals("ITEM_APPROVED", request.eventType());
            assertEquals(WebhookSignature.sign(SECRET, Long.parseLong(request.timestamp()), request.body()),
                    request.signature(), "the receiver recomputes the signature from what it got");
        }
        assertEquals(List.of(START.getEpochSecond(), START.plusSeconds(30).getEpochSecond(),
                        START.plusSeconds(90).getEpochSecond()),
                receiver.requests.stream().map(request -> Long.parseLong(request.timestamp())).toList(),
                "each attempt is signed afresh, with its own timestamp");
    }

    @Test
    void aReceiverThatNeverSucceedsIsGivenUpAfterTheLastAttempt() {
        receiver.failuresLeft.set(Integer.MAX_VALUE);
        NotificationDelivery delivery = new NotificationDelivery(event, 42, Channel.WEBHOOK, "desk", clock.instant());

        List<DeliveryAttempt> log = deliverUntilSettled(delivery, sender(Duration.ofSeconds(5)), webhook());

        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals(4, log.size());
        assertEquals(4, receiver.requests.size());
        assertEquals(Optional.of("HTTP 503"), delivery.lastError());
        assertEquals(START.plusSeconds(30 + 60 + 120), log.get(3).attemptedAt());

        delivery.retry(clock.instant());
        assertEquals(DeliveryStatus.PENDING, delivery.status(), "an admin may try once more");
        receiver.failuresLeft.set(0);
        deliverUntilSettled(delivery, sender(Duration.ofSeconds(5)), webhook());
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(5, delivery.attempts());
    }

    @Test
    void anUnreachableReceiverIsAFailedAttemptWithTheReasonNotAnException() throws IOException {
        URI closed = receiver.url();
        receiver.close();

        AttemptOutcome outcome = sender(Duration.ofSeconds(5)).send(webhook(closed), event);

        assertFalse(outcome.delivered());
        assertEquals(Optional.empty(), outcome.statusCode());
        assertTrue(outcome.error().orElseThrow().startsWith("ConnectException"), outcome.error().orElseThrow());
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailedAttempt() {
        receiver.hang = true;

        AttemptOutcome outcome = sender(Duration.ofMillis(300)).send(webhook(), event);

        assertFalse(outcome.delivered());
        assertTrue(outcome.error().orElseThrow().contains("Timeout"), outcome.error().orElseThrow());
    }

    @Test
    void aRedirectIsNotFollowed() {
        receiver.redirect = true;

        AttemptOutcome outcome = sender(Duration.ofSeconds(5)).send(webhook(), event);

        assertEquals(Optional.of(307), outcome.statusCode());
        assertFalse(outcome.delivered());
        assertEquals(1, receiver.requests.size());
    }

    private List<DeliveryAttempt> deliverUntilSettled(NotificationDelivery delivery, WebhookSender sender,
                                                      Webhook webhook) {
        List<DeliveryAttempt> log = new ArrayList<>();
        for (int guard = 0; delivery.status() == DeliveryStatus.PENDING && guard < 20; guard++) {
            clock.set(delivery.nextAttemptAt());
            delivery.claim("test", clock.instant());
            log.add(delivery.recordAttempt(sender.send(webhook, event), clock.instant(), SCHEDULE));
        }
        return log;
    }

    private WebhookSender sender(Duration timeout) {
        return new WebhookSender(timeout, clock);
    }

    private Webhook webhook() {
        return webhook(receiver.url());
    }

    private static Webhook webhook(URI url) {
        return new Webhook("desk", url, SECRET, Webhook.DEFAULT_EVENTS);
    }

    private record Request(String body, String eventId, String eventType, String timestamp, String signature) {
    }

    /** A webhook receiver on loopback that fails with 503 as often as told, then answers 204. */
    private static final class Receiver implements AutoCloseable {

        final AtomicInteger failuresLeft = new AtomicInteger();
        final List<Request> requests = new CopyOnWriteArrayList<>();
        private final CountDownLatch released = new CountDownLatch(1);
        volatile boolean hang;
        volatile boolean redirect;
        private final HttpServer server;

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/hook", this::receive);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        }

        private void receive(HttpExchange exchange) throws IOException {
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    headers.getFirst(WebhookSignature.EVENT_ID_HEADER),
                    headers.getFirst(WebhookSignature.EVENT_TYPE_HEADER),
                    headers.getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    headers.getFirst(WebhookSignature.SIGNATURE_HEADER)));
            if (hang) {
                awaitRelease();
            }
            if (redirect) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
                exchange.sendResponseHeaders(307, -1);
            } else {
                exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 204, -1);
            }
            try (OutputStream ignored = exchange.getResponseBody()) {
                // nothing to say
            }
        }

        private void awaitRelease() {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            released.countDown();
            server.stop(0);
        }
    }
}
