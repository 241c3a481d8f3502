package org.imprimatur.app.plugins;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.imprimatur.spi.ProviderConfig;

/** A provider's configuration scope {@code imprimatur.<spi>.<id>.} over MicroProfile Config. */
final class MicroProfileProviderConfig implements ProviderConfig {

    private final Config config;
    private final String prefix;

    MicroProfileProviderConfig(Config config, String spi, String id) {
        this.config = config;
        this.prefix = "imprimatur." + spi + "." + id + ".";
    }

    @Override
    public Optional<String> get(String key) {
        return config.getOptionalValue(prefix + key, String.class);
    }
}
