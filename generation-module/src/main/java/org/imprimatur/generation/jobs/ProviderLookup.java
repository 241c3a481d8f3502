package org.imprimatur.generation.jobs;

import java.util.Optional;

import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.image.ImageProvider;

/** The installed drafting and image providers, by id. The application implements it with its plugin registry. */
public interface ProviderLookup {

    Optional<DraftingProvider> drafting(String id);

    Optional<ImageProvider> image(String id);
}
