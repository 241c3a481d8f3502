package org.imprimatur.review.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * How long an item may wait in review, per desk: {@code imprimatur.desk.<desk>.review-sla}, else
 * {@value #DEFAULT_KEY}, else {@link #DEFAULT}; ISO-8601 durations such as {@code PT4H}. Read on every use, so that
 * a changed setting counts at once.
 */
@ApplicationScoped
public class ReviewSla {

    /** The setting every desk without its own falls back on. */
    public static final String DEFAULT_KEY = "imprimatur.review.sla";

    /** The time in review when nothing is configured. */
    public static final Duration DEFAULT = Duration.ofHours(4);

    @Inject
    private Config config;

    /**
     * @throws IllegalStateException if the setting that applies is not a positive ISO-8601 duration
     */
    public Duration forDesk(String desk) {
        return resolve(desk, key -> config.getOptionalValue(key, String.class));
    }

    /** The SLA of {@code desk} under {@code settings} (a configuration key to its value, if set). */
    static Duration resolve(String desk, Function<String, Optional<String>> settings) {
        String deskKey = "imprimatur.desk." + desk + ".review-sla";
        Optional<String> own = settings.apply(deskKey).filter(value -> !value.isBlank());
        if (own.isPresent()) {
            return parse(deskKey, own.get());
        }
        return settings.apply(DEFAULT_KEY).filter(value -> !value.isBlank())
                .map(value -> parse(DEFAULT_KEY, value)).orElse(DEFAULT);
    }

    private static Duration parse(String key, String value) {
        try {
            Duration duration = Duration.parse(value.strip());
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below, with the key to fix
        }
        throw new IllegalStateException(key + " must be a positive ISO-8601 duration such as PT4H or P1D, not '"
                + value + "'");
    }
}
