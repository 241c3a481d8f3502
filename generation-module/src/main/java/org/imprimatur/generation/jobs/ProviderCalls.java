package org.imprimatur.generation.jobs;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.drafting.ProviderUnavailableException;
import org.imprimatur.spi.image.GeneratedImage;
import org.imprimatur.spi.image.ImageProvider;
import org.imprimatur.spi.image.ImageRequest;

/**
 * Calls to providers that leave this process, guarded by MicroProfile Fault Tolerance: a bounded time, retries
 * with backoff for failures that may pass ({@link ProviderUnavailableException} only), and a circuit breaker so
 * that a failing service is left alone for a while instead of tying up every job. Each guard can be tuned with
 * MicroProfile Config, e.g. {@code org.imprimatur.generation.jobs.ProviderCalls/draft/Timeout/value}.
 *
 * <p>The breaker counts the calls of all remote providers of one kind together; a newsroom usually runs one.
 */
@ApplicationScoped
public class ProviderCalls {

    @Timeout(value = 5, unit = ChronoUnit.MINUTES)
    @Retry(maxRetries = 2, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 1, jitterDelayUnit = ChronoUnit.SECONDS,
            maxDuration = 15, durationUnit = ChronoUnit.MINUTES, retryOn = ProviderUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = ProviderUnavailableException.class)
    public Draft draft(DraftingProvider provider, DraftRequest request) throws DraftingException {
        return provider.draft(request);
    }

    @Timeout(value = 5, unit = ChronoUnit.MINUTES)
    @Retry(maxRetries = 2, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 1, jitterDelayUnit = ChronoUnit.SECONDS,
            maxDuration = 15, durationUnit = ChronoUnit.MINUTES, retryOn = ProviderUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = ProviderUnavailableException.class)
    public GeneratedImage image(ImageProvider provider, ImageRequest request) throws DraftingException {
        return provider.generate(request);
    }
}
