package org.imprimatur.generation.sources;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.imprimatur.generation.ingest.AddressPolicy;
import org.imprimatur.generation.ingest.ExtractionLimits;
import org.imprimatur.generation.ingest.FetchLimits;
import org.imprimatur.generation.ingest.SafeUrlFetcher;
import org.imprimatur.generation.ingest.SourceExtractor;
import org.imprimatur.nlp.SentenceEmbedder;

/**
 * Makes the heavy, thread-safe ingestion tools once per application, configured from
 * {@code imprimatur.sources.*}, and closes them at shutdown.
 */
@ApplicationScoped
public class IngestionComponents {

    @Produces
    @Singleton
    SourceExtractor extractor(Config config) {
        ExtractionLimits defaults = ExtractionLimits.defaults();
        return new SourceExtractor(new ExtractionLimits(
                config.getOptionalValue("imprimatur.sources.max-bytes", Long.class).orElse(defaults.maxBytes()),
                config.getOptionalValue("imprimatur.sources.max-text-characters", Integer.class)
                        .orElse(defaults.maxTextCharacters()),
                defaults.maxEmbeddedDepth(),
                defaults.maxEmbeddedResources(),
                config.getOptionalValue("imprimatur.sources.parse-timeout", Duration.class)
                        .orElse(defaults.parseTimeout())));
    }

    void close(@Disposes SourceExtractor extractor) {
        extractor.close();
    }

    @Produces
    @Singleton
    SafeUrlFetcher fetcher(Config config) {
        FetchLimits defaults = FetchLimits.defaults();
        FetchLimits limits = new FetchLimits(defaults.maxRedirects(),
                config.getOptionalValue("imprimatur.sources.fetch.max-bytes", Long.class).orElse(defaults.maxBytes()),
                defaults.connectTimeout(),
                config.getOptionalValue("imprimatur.sources.fetch.timeout", Duration.class)
                        .orElse(defaults.totalTimeout()));
        // Loopback is for tests and single-machine set-ups that serve their own sources; never the default.
        boolean allowLoopback = config.getOptionalValue("imprimatur.sources.fetch.allow-loopback", Boolean.class)
                .orElse(false);
        return new SafeUrlFetcher(limits,
                allowLoopback ? AddressPolicy.allowingLoopback() : AddressPolicy.publicInternetOnly());
    }

    void close(@Disposes SafeUrlFetcher fetcher) {
        fetcher.close();
    }

    @Produces
    @Singleton
    SentenceEmbedder embedder() {
        return SentenceEmbedder.load();
    }

    void close(@Disposes SentenceEmbedder embedder) {
        embedder.close();
    }
}
