package org.imprimatur.app.generation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.generation.jobs.ProviderLookup;
import org.imprimatur.spi.Provider;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.image.ImageProvider;

/** Generation finds its providers among the installed plugins. */
@ApplicationScoped
public class RegisteredProviders implements ProviderLookup {

    @Inject
    private ProviderRegistry registry;

    @Override
    public Optional<DraftingProvider> drafting(String id) {
        return find(Spi.DRAFTING, id);
    }

    @Override
    public Optional<ImageProvider> image(String id) {
        return find(Spi.IMAGE, id);
    }

    private <P extends Provider> Optional<P> find(Spi<P> spi, String id) {
        return registry.providers(spi).stream().filter(provider -> provider.id().equals(id)).findFirst();
    }
}
