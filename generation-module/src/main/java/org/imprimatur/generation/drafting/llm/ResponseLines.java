package org.imprimatur.generation.drafting.llm;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP exchange whose status, headers and body lines the calling thread takes one at a time, each wait
 * bounded by a deadline for the whole exchange.
 *
 * <p>{@link HttpClient}'s own request timeout ends when the headers arrive; a model that streams slowly, or stops
 * sending without closing, would hold a drafting thread for ever. Here the client's threads only queue what
 * arrives, and the caller polls with what is left of its deadline, so the total time is bounded and the
 * caller's callbacks (progress) run on the caller's thread. One line is requested at a time, so a fast server
 * cannot fill memory ahead of the reader.
 *
 * <p>Not thread-safe: one caller thread reads it.
 */
final class ResponseLines implements Flow.Subscriber<String> {

    /**
     * What the exchange delivers, in order: a {@link Head}, then {@link Line}s, then {@link End}, {@link Failed} or
     * {@link TimedOut}; or {@link Failed} or {@link TimedOut} alone when no answer came.
     */
    sealed interface Event permits Head, Line, End, Failed, TimedOut {
    }

    record Head(int status, HttpHeaders headers) implements Event {
    }

    record Line(String text) implements Event {
    }

    record End() implements Event {
    }

    record Failed(Throwable cause) implements Event {
    }

    /** The deadline passed before the next event arrived; the exchange has been aborted. */
    record TimedOut() implements Event {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final long deadlineNanos;
    private volatile Flow.Subscription subscription;
    private CompletableFuture<HttpResponse<Void>> response;

    private ResponseLines(Duration timeout) {
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /** Sends the request; the whole exchange must be over within {@code timeout}. */
    static ResponseLines send(HttpClient client, HttpRequest request, Duration timeout) {
        ResponseLines lines = new ResponseLines(timeout);
        lines.response = client.sendAsync(request, info -> {
            lines.events.add(new Head(info.statusCode(), info.headers()));
            return BodySubscribers.fromLineSubscriber(lines);
        });
        // Failures before the body (connect, request timeout) only surface here; after it, onError sees them first.
        lines.response.whenComplete((ignored, failure) -> {
            if (failure != null) {
                lines.events.add(new Failed(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure));
            }
        });
        return lines;
    }

    /**
     * The next event, waiting at most until the deadline.
     *
     * @throws InterruptedException if the caller is interrupted; the exchange is then aborted
     */
    Event next() throws InterruptedException {
        Event event;
        try {
            event = events.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            abort();
            throw e;
        }
        if (event == null) {
            abort();
            return new TimedOut();
        }
        if (event instanceof Line) {
            subscription.request(1);
        }
        return event;
    }

    /** Stops the exchange and releases its connection; what is still queued is dropped. */
    void abort() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        response.cancel(true);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(String line) {
        events.add(new Line(line));
    }

    @Override
    public void onError(Throwable failure) {
        events.add(new Failed(failure));
    }

    @Override
    public void onComplete() {
        events.add(new End());
    }
}
