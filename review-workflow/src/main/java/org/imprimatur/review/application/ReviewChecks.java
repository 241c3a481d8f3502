package org.imprimatur.review.application;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.RevisionView;

/**
 * Runs every installed check that applies to its kind on a revision that entered review, each within a time limit,
 * and records each report with its ledger entry. A check that throws or runs out of time is recorded as failed,
 * with a finding that says the revision is unchecked in that respect: never a silent pass.
 */
@ApplicationScoped
public class ReviewChecks {

    private static final Logger LOG = Logger.getLogger(ReviewChecks.class.getName());

    @Inject
    private InstalledChecks checks;

    @Inject
    private CheckRecords records;

    // Checks run on threads of their own, so that the job's thread can give up on one that hangs. A pool of
    // its own: the container's shared executor may be busy with the very jobs that wait here.
    @Resource
    private ManagedThreadFactory threads;

    private ExecutorService executor;

    @Inject
    @ConfigProperty(name = "imprimatur.checks.timeout", defaultValue = "PT60S")
    private Duration timeout;

    @PostConstruct
    void start() {
        executor = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Runs the checks; outside any transaction, since checks take time. Each report commits on its own.
     *
     * @param progress takes 0–100 as the checks finish
     * @throws ItemNotFoundException if there is no such item or revision
     */
    public void run(ItemId itemId, int revisionNo, IntConsumer progress) {
        RevisionView revision = records.revision(itemId, revisionNo);
        CheckContext context = checks.contextFor(records.item(itemId), revision);
        List<ContentCheck> applicable = checks.all().stream().filter(check -> check.appliesTo(revision.kind()))
                .toList();
        for (int i = 0; i < applicable.size(); i++) {
            ContentCheck check = applicable.get(i);
            try {
                records.completed(revision, check, runWithin(check, revision, context));
            } catch (CheckFailedException e) {
                records.failed(revision, check, e.getMessage());
            }
            progress.accept((i + 1) * 100 / applicable.size());
        }
    }

    /**
     * Runs one check within the time limit, recording nothing: for ad-hoc checks of text that is not in review.
     *
     * @throws CheckFailedException if the check failed, answered nothing or ran out of time
     */
    public CheckReport runWithin(ContentCheck check, RevisionView revision, CheckContext context)
            throws CheckFailedException {
        Future<CheckReport> running = executor.submit(() -> check.check(revision, context));
        try {
            CheckReport report = running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (report == null || !check.id().equals(report.checkId())) {
                throw new CheckFailedException("it answered " + (report == null ? "nothing" : "as '"
                        + report.checkId() + "'"));
            }
            return report;
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new CheckFailedException("it did not finish within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CheckFailedException failed) {
                throw failed;
            }
            LOG.log(Level.WARNING, "The " + check.id() + " check failed on " + revision.itemId(), cause);
            throw new CheckFailedException("it broke (" + cause.getClass().getSimpleName() + ": "
                    + cause.getMessage() + ")", cause);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new CheckFailedException("it was interrupted");
        }
    }
}
