package org.imprimatur.generation.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

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
        poll = pool.pollEvery(scheduler, pollInterval, () -> claims.requeueAbandoned(lease));
    }

    /** Something may be queued: make sure workers are looking, up to the limit. */
    public void wake() {
        pool.wake();
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
