package org.imprimatur.app.startup;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.provenance.checkpoint.Checkpoints;

/**
 * Signs a checkpoint every {@code imprimatur.ledger.checkpoint-interval} when the ledger has grown, so that auditors
 * always find a recent signed root. Every instance of a cluster runs it; the database keeps one checkpoint per size.
 */
@ApplicationScoped
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Checkpoints checkpoints;

    @Inject
    @ConfigProperty(name = "imprimatur.ledger.checkpoint-interval")
    private Duration interval;

    private ScheduledFuture<?> task;

    synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("Periodic ledger checkpoints are off (imprimatur.ledger.checkpoint-interval)");
            return;
        }
        long millis = interval.toMillis();
        task = scheduler.scheduleAtFixedRate(this::checkpoint, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void checkpoint() {
        try {
            checkpoints.checkpoint();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log it, and the next run tries again.
            LOG.log(Level.WARNING, "Could not sign a ledger checkpoint: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
