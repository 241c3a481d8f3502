package org.imprimatur.generation.jobs;

import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceSet;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.image.GeneratedImage;
import org.imprimatur.spi.image.ImageProvider;
import org.imprimatur.spi.image.ImageRequest;

/**
 * Runs one claimed job to its end: for generation, opens the sources, calls the provider (through
 * {@link ProviderCalls} when it is remote), and hands the result to {@link JobOutcomes}; for checks, hands the
 * revision to {@link RevisionChecks}. Whatever goes wrong ends the job as failed, with a
 * reason an editor can act on; nothing is left running.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    // Progress is written to the database; a commit per token would be wasteful.
    private static final int PROGRESS_STEP = 5;

    @Inject
    private GenerationJobs jobs;

    @Inject
    private JobClaims claims;

    @Inject
    private JobOutcomes outcomes;

    @Inject
    private ProviderLookup providers;

    @Inject
    private ProviderCalls calls;

    @Inject
    private SourceLibrary sources;

    @Inject
    private ImageLibrary images;

    @Inject
    private RevisionChecks revisionChecks;

    void run(String jobId) {
        GenerationJob job = jobs.find(jobId);
        try {
            JsonObject request = job.order();
            switch (job.kind()) {
                case DRAFT -> draft(job, DraftOrder.fromJson(request));
                case IMAGE -> image(job, ImageOrder.fromJson(request));
                case CHECK -> check(job, request.getString("itemId"), request.getInt("revision"));
            }
        } catch (DraftingException e) {
            outcomes.failed(jobId, e.getMessage());
        } catch (TimeoutException e) {
            outcomes.failed(jobId, "The " + job.provider() + " provider did not answer in time");
        } catch (CircuitBreakerOpenException e) {
            outcomes.failed(jobId, "The " + job.provider() + " provider failed several times in a row; Imprimatur "
                    + "leaves it alone for a while. Try again in a minute, or choose another provider");
        } catch (SourceRejectedException e) {
            outcomes.failed(jobId, "The provider's image could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Generation job " + jobId + " failed", e);
            outcomes.failed(jobId, "Generation failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); the server log has the details");
        }
    }

    private void draft(GenerationJob job, DraftOrder order) throws DraftingException {
        DraftingProvider provider = providers.drafting(order.provider()).orElseThrow(() -> new DraftingException(
                "The drafting provider '" + order.provider() + "' is no longer installed"));
        SourceSet opened = sources.open(order.sourceIds());
        progress(job.id(), 10);
        DraftRequest request = new DraftRequest(order.brief(), opened.documents(), opened.passages(),
                job.requester().name(), scaled(job.id(), 10, 90));
        Draft draft = provider.remote() ? calls.draft(provider, request) : provider.draft(request);
        progress(job.id(), 95);
        outcomes.drafted(job.id(), order, draft);
    }

    private void image(GenerationJob job, ImageOrder order) throws DraftingException, SourceRejectedException {
        ImageProvider provider = providers.image(order.provider()).orElseThrow(() -> new DraftingException(
                "The image provider '" + order.provider() + "' is no longer installed"));
        progress(job.id(), 10);
        ImageRequest request = new ImageRequest(order.prompt(), order.width(), order.height(), job.requester().name());
        GeneratedImage generated = provider.remote() ? calls.image(provider, request) : provider.generate(request);
        progress(job.id(), 80);
        ImageLibrary.ReadImage image = images.read(generated.bytes(), "generated");
        outcomes.imaged(job.id(), order, generated, image);
    }

    private void check(GenerationJob job, String itemId, int revision) {
        revisionChecks.run(itemId, revision, scaled(job.id(), 0, 99));
        outcomes.checked(job.id());
    }

    /** Maps a provider's 0–100 onto the part of the job it covers, writing only steps worth a commit. */
    private IntConsumer scaled(String jobId, int from, int to) {
        int[] written = {from};
        return percent -> {
            int overall = from + (to - from) * Math.max(0, Math.min(100, percent)) / 100;
            if (overall >= written[0] + PROGRESS_STEP) {
                written[0] = overall;
                progress(jobId, overall);
            }
        };
    }

    private void progress(String jobId, int percent) {
        claims.advance(jobId, percent);
    }

}
