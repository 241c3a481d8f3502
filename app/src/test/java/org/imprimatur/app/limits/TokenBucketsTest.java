package org.imprimatur.app.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void aUserMaySendABurstAndIsThenToldHowLongToWait() {
        TokenBuckets buckets = new TokenBuckets(3, 6);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), buckets.take("alice", T0), "request " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(10)), buckets.take("alice", T0), "six a minute: one every 10 s");
    }

    @Test
    void tokensComeBackWithTimeButNeverBeyondTheBurst() {
        TokenBuckets buckets = new TokenBuckets(2, 6);
        buckets.take("alice", T0);
        buckets.take("alice", T0);
        assertTrue(buckets.take("alice", T0.plusSeconds(5)).isPresent(), "half a token is not a token");
        assertEquals(Optional.empty(), buckets.take("alice", T0.plusSeconds(10)));

        Instant muchLater = T0.plus(Duration.ofHours(1));
        assertEquals(Optional.empty(), buckets.take("alice", muchLater));
        assertEquals(Optional.empty(), buckets.take("alice", muchLater));
        assertTrue(buckets.take("alice", muchLater).isPresent(), "an idle hour still fills only the burst");
    }

    @Test
    void eachUserHasABucketOfTheirOwn() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertEquals(Optional.empty(), buckets.take("alice", T0));
        assertTrue(buckets.take("alice", T0).isPresent());
        assertEquals(Optional.empty(), buckets.take("eve", T0));
    }

    @Test
    void aLimitOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(5, 0));
    }
}
