package org.imprimatur.checks.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Tells the person running a batch how far it has got: a line on standard error at most once per interval, such as
 * {@code fact: 12,345 lines, 812.4 lines/s, 3 errors}, and a last line when the run ends. Standard output is left to
 * the results. A line rather than a redrawn bar, because Java cannot tell whether standard error is a terminal, and
 * a log file of carriage returns helps nobody.
 *
 * <p><b>Threading:</b> {@link #lineDone} and {@link #finish} are called by one thread at a time (the run's writer,
 * then the caller after the run).
 */
public final class Progress {

    private final String label;
    private final PrintStream err;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final long started;
    private long lastReport;
    private long lines;
    private long errors;

    /**
     * @param label     what is running, e.g. {@code fact}
     * @param err       where to report
     * @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     * @param interval  the least time between two reports
     */
    public Progress(String label, PrintStream err, LongSupplier nanoClock, Duration interval) {
        this.label = label;
        this.err = err;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
        this.started = nanoClock.getAsLong();
        this.lastReport = started;
    }

    /** Counts one result written; reports if the interval has passed since the last report. */
    public void lineDone(boolean error) {
        lines++;
        if (error) {
            errors++;
        }
        long now = nanoClock.getAsLong();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            err.printf(Locale.ROOT, "%s: %,d lines, %.1f lines/s, %,d errors%n", label, lines, rate(now), errors);
        }
    }

    /** Reports the totals. */
    public void finish() {
        long now = nanoClock.getAsLong();
        err.printf(Locale.ROOT, "%s: done, %,d lines in %.1f s, %.1f lines/s, %,d errors%n", label, lines,
                (now - started) / 1e9, rate(now), errors);
    }

    public long lines() {
        return lines;
    }

    public long errors() {
        return errors;
    }

    private double rate(long now) {
        long elapsed = now - started;
        return elapsed <= 0 ? 0 : lines / (elapsed / 1e9);
    }
}
