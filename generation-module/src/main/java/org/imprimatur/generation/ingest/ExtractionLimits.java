package org.imprimatur.generation.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a single source may cost the server. Every limit, when exceeded, rejects the source with a reason
 * (never a silent truncation), so an editor knows the text they see is the whole text.
 *
 * @param maxBytes             the largest original accepted, in bytes; reading stops just past it
 * @param maxTextCharacters    the most characters of text extracted, embedded documents included
 * @param maxEmbeddedDepth     how deeply documents may nest inside one another (an attachment's attachment is 2)
 * @param maxEmbeddedResources how many embedded documents one source may carry in all
 * @param parseTimeout         how long detection and parsing may take, waiting for a worker included
 */
public record ExtractionLimits(long maxBytes, int maxTextCharacters, int maxEmbeddedDepth, int maxEmbeddedResources,
                               Duration parseTimeout) {

    public ExtractionLimits {
        if (maxBytes < 1 || maxTextCharacters < 1 || maxEmbeddedDepth < 0 || maxEmbeddedResources < 0) {
            throw new IllegalArgumentException("Extraction limits must be positive: " + maxBytes + " bytes, "
                    + maxTextCharacters + " characters, depth " + maxEmbeddedDepth + ", " + maxEmbeddedResources
                    + " embedded resources");
        }
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("The parse timeout must be positive, not " + parseTimeout);
        }
    }

    /** 50 MB, 5,000,000 characters, depth 5, 1,000 embedded resources, 60 seconds. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, 5_000_000, 5, 1_000, Duration.ofSeconds(60));
    }
}
