package org.imprimatur.generation.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
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

    /**
     * Polls every {@code interval}, from now: first hands work abandoned by a stopped instance back to the queue,
     * then wakes the workers, since other instances may have queued work too. A failing poll is logged and the
     * next one tries again (a scheduled task that throws is never run again).
     *
     * @param requeueAbandoned queues abandoned work again and says how much
     * @return the scheduled poll, to cancel on shutdown
     */
    public ScheduledFuture<?> pollEvery(ScheduledExecutorService scheduler, Duration interval,
                                        IntSupplier requeueAbandoned) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                int requeued = requeueAbandoned.getAsInt();
                if (requeued > 0) {
                    LOG.warning(() -> requeued + " " + name + " task(s) were abandoned by a stopped instance and "
                            + "queued again");
                }
                wake();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not poll for " + name + " work: " + e.getMessage(), e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
}
