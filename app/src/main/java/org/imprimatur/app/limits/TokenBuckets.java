package org.imprimatur.app.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per user: each request takes a token; a bucket holds at most {@code burst} tokens and gains
 * {@code perMinute} a minute, so a user may send a burst and then keep a steady pace. Thread-safe; buckets live in
 * memory, per instance (a cluster of n instances lets a user through at most n times as often).
 */
final class TokenBuckets {

    private static final double NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int burst;
    private final double perNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException unless both are at least 1
     */
    TokenBuckets(int burst, int perMinute) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A rate limit needs a burst and a rate per minute of 1 or more, not "
                    + burst + " and " + perMinute);
        }
        this.burst = burst;
        this.perNano = perMinute / NANOS_PER_MINUTE;
    }

    /**
     * Takes a token from the user's bucket.
     *
     * @return empty if the user may go ahead, else how long until a token is back
     */
    Optional<Duration> take(String user, Instant now) {
        return buckets.computeIfAbsent(user, name -> new Bucket(burst, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private Instant updated;

        private Bucket(double tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized Optional<Duration> take(Instant now) {
            if (now.isAfter(updated)) {
                tokens = Math.min(burst, tokens + Duration.between(updated, now).toNanos() * perNano);
                updated = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
        }
    }
}
