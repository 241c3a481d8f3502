package org.imprimatur.generation.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a URL fetch may go.
 *
 * @param maxRedirects   redirects followed before the URL is refused
 * @param maxBytes       the largest body accepted (after content decoding); reading stops just past it
 * @param connectTimeout for each connection to be established
 * @param totalTimeout   for the whole fetch, redirects and body included
 */
public record FetchLimits(int maxRedirects, long maxBytes, Duration connectTimeout, Duration totalTimeout) {

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (maxRedirects < 0 || maxBytes < 1 || !isPositive(connectTimeout) || !isPositive(totalTimeout)) {
            throw new IllegalArgumentException("Fetch limits must be positive: " + maxRedirects + " redirects, "
                    + maxBytes + " bytes, " + connectTimeout + " to connect, " + totalTimeout + " in all");
        }
    }

    /** 5 redirects, 20 MB, 10 seconds to connect, 30 seconds in all. */
    public static FetchLimits defaults() {
        return new FetchLimits(5, 20L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
