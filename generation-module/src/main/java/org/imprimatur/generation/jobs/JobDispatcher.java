package org.imprimatur.generation.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs queued jobs on this instance's managed threads, at most {@code imprimatur.jobs.workers} at a time. A
 * request that queues a job wakes it at once; a periodic poll picks up jobs queued on other instances or left
 * behind by an instance that stopped.
 */
@ApplicationScoped
public class JobDispatcher {

    private static final Logger LOG = Logger.getLogger(JobDispatcher.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private JobClaims claims;

    @Inject
    private JobRunner runner;

    @Inject
    @ConfigProperty(name = "imprimatur.jobs.workers", defaultValue = "2")
    private int workers;

    @Inject
    @ConfigProperty(name = "imprimatur.jobs.poll-interval", defaultValue = "PT5S")
    private Duration pollInterval;

    @Inject
    @ConfigProperty(name = "imprimatur.jobs.lease", defaultValue = "PT15M")
    private Duration lease;

    // Names this instance in claimed rows, so an operator can tell which instance ran what.
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private WorkerPool pool;
    private ScheduledFuture<?> poll;

    @PostConstruct
    void createPool() {
        pool = new WorkerPool("generation", executor, workers, this::runNext);
    }

    public synchronized void start() {
        long millis = pollInterval.toMillis();
        poll = scheduler.scheduleWithFixedDelay(this::poll, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** Something may be queued: make sure workers are looking, up to the limit. */
    public void wake() {
        pool.wake();
    }

    private void poll() {
        try {
            int requeued = claims.requeueAbandoned(lease);
            if (requeued > 0) {
                LOG.warning(() -> requeued + " generation job(s) were abandoned by a stopped instance and queued again");
            }
            wake();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log it, and the next poll tries again.
            LOG.log(Level.WARNING, "Could not poll for generation jobs: " + e.getMessage(), e);
        }
    }

    private boolean runNext() {
        Optional<String> claimed = claims.claimNext(instance);
        claimed.ifPresent(runner::run);
        return claimed.isPresent();
    }

    @PreDestroy
    synchronized void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }
}
