package org.imprimatur.app.notifications;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code firstDelay}, then twice as long each time, never longer than
 * {@code maxDelay}, and not at all once {@code maxAttempts} attempts have failed.
 *
 * @param firstDelay  the wait after the first failed attempt
 * @param maxDelay    the longest wait between two attempts
 * @param maxAttempts how many attempts in all, the first included
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Needs 0 < first delay <= max delay, not " + firstDelay + " and "
                    + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt, not " + maxAttempts);
        }
    }

    /**
     * How long to wait after attempt number {@code failedAttempts} failed, or empty when that was the last.
     *
     * @param failedAttempts how many attempts have failed so far, from 1
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Attempts count from 1, not " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        // Doubling from firstDelay overtakes any sensible maxDelay long before the shift could overflow.
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
