package org.imprimatur.spi;

import java.util.Optional;

/**
 * One provider's configuration: the MicroProfile Config keys {@code imprimatur.<spi>.<id>.<key>}, so that
 * environment variables such as {@code IMPRIMATUR_CHECK_FACT_THRESHOLD} work too.
 */
public interface ProviderConfig {

    /** The value for {@code key} (relative to this provider's scope), if one is set. */
    Optional<String> get(String key);

    /** The value for {@code key}, or {@code defaultValue} when none is set. */
    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /**
     * The value for {@code key} as an int, or {@code defaultValue} when none is set.
     *
     * @throws IllegalStateException if the value is set but is not an integer
     */
    default int getInt(String key, int defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Configuration key '" + key + "' must be an integer, not '" + value.get() + "'");
        }
    }
}
