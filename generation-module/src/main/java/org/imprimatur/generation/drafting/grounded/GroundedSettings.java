package org.imprimatur.generation.drafting.grounded;

import java.util.Optional;

import org.imprimatur.spi.ProviderConfig;

/**
 * How the grounded drafter is configured, under {@code imprimatur.drafting.grounded.*}:
 * <ul>
 *   <li>{@code lambda}: maximal marginal relevance's weight of relevance against novelty, in [0, 1] (default
 *       {@value #DEFAULT_LAMBDA});</li>
 *   <li>{@code relevance-floor}: the least closeness to the brief (embedding cosine similarity, see
 *       {@link CandidatePool}) an excerpt needs to be used, in [0, 1] (default {@value #DEFAULT_RELEVANCE_FLOOR}:
 *       MiniLM puts unrelated English sentences below about 0.15 and a brief's own subject above 0.3).</li>
 * </ul>
 *
 * @param lambda         the MMR weight
 * @param relevanceFloor the relevance floor
 */
record GroundedSettings(double lambda, double relevanceFloor) {

    static final double DEFAULT_LAMBDA = 0.7;
    static final double DEFAULT_RELEVANCE_FLOOR = 0.2;

    static final GroundedSettings DEFAULTS = new GroundedSettings(DEFAULT_LAMBDA, DEFAULT_RELEVANCE_FLOOR);

    /**
     * The settings in {@code config}, defaults for what it does not set.
     *
     * @throws IllegalStateException if a value is set but unusable
     */
    static GroundedSettings from(ProviderConfig config) {
        return new GroundedSettings(unitInterval(config, "lambda", DEFAULT_LAMBDA),
                unitInterval(config, "relevance-floor", DEFAULT_RELEVANCE_FLOOR));
    }

    private static double unitInterval(ProviderConfig config, String key, double defaultValue) {
        Optional<String> value = config.get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            double number = Double.parseDouble(value.get().strip());
            if (number >= 0 && number <= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        throw new IllegalStateException("Configuration key '" + key + "' must be a number from 0 to 1, not '"
                + value.get() + "'");
    }
}
