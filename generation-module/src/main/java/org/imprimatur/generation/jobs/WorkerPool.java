package org.imprimatur.generation.jobs;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * At most {@code limit} workers on an executor, each doing one unit of work after another until none is left.
 * Work lives in the database and is claimed there, so workers need no queue of their own: {@link #wake()} only makes
 * sure enough of them are looking. Used for generation jobs and for notification deliveries alike.
 */
public final class WorkerPool {

    private static final Logger LOG = Logger.getLogger(WorkerPool.class.getName());

    private final String name;
    private final Executor executor;
    private final int limit;
    private final BooleanSupplier workOnce;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * @param name     what the workers do, for the log
     * @param executor runs the workers (a managed executor in the container)
     * @param limit    how many workers at most
     * @param workOnce claims and does one unit of work; false when there was none
     */
    public WorkerPool(String name, Executor executor, int limit, BooleanSupplier workOnce) {
        if (limit < 1) {
            throw new IllegalArgumentException("A worker pool needs at least one worker, not " + limit);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.limit = limit;
        this.workOnce = Objects.requireNonNull(workOnce, "workOnce");
    }

    /**
     * Wakes the workers once the caller's transaction has committed: they claim from the database, so they can only
     * see what the transaction wrote after it committed, and a rolled-back one wrote nothing for them.
     */
    public static void wakeAfterCommit(TransactionSynchronizationRegistry transactions, Runnable wake) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake.run();
                }
            }
        });
    }

    /** Something may be waiting: make sure workers are looking, up to the limit. */
    public void wake() {
        pending.set(true);
        while (true) {
            int now = running.get();
            if (now >= limit) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                executor.execute(this::drain);
            }
        }
    }

    private void drain() {
        try {
            boolean worked = true;
            while (worked) {
                pending.set(false);
                worked = workOnce.getAsBoolean();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A " + name + " worker stopped: " + e.getMessage(), e);
        } finally {
            running.decrementAndGet();
            // Work that arrived while this worker was giving up must not wait for the next poll.
            if (pending.get()) {
                wake();
            }
        }
    }
}
