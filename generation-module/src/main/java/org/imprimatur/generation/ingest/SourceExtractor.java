package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.imprimatur.generation.ingest.SourceRejectedException.Reason;

/**
 * Takes in a source file: its text and metadata through Apache Tika, its SHA-256 and size, and for images what they
 * say about their making ({@link ImageFacts}). Hostile files are refused with a reason rather than allowed to cost
 * the server: see {@link ExtractionLimits} and {@link SourceRejectedException.Reason}.
 *
 * <p>The bytes are read once, into memory up to 4 MB and into a private temporary file beyond that, which is deleted
 * when the call returns. Detection and parsing run on a small pool of worker threads so that a parse can be given a deadline; at the
 * deadline the worker is interrupted and the caller gets {@code TIMEOUT} at once. (Tika's parsers notice the
 * interruption at their next piece of output.) Time spent waiting for a free worker counts against the deadline.
 *
 * <p>Thread-safe; one instance serves all requests. {@link #close()} stops the workers.
 */
public final class SourceExtractor implements AutoCloseable {

    private final ExtractionLimits limits;
    private final TikaExtraction tika;
    private final ExecutorService workers;

    /** Loads Tika (about a second) and starts {@code max(2, processors)} worker threads. */
    public SourceExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.tika = new TikaExtraction(limits);
        this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                new WorkerThreads());
    }

    /**
     * Reads the stream to its end (or just past the size limit), computing SHA-256 and size while reading; detects
     * the type by content, checks it against the file name and the allow-list, then parses. Does not close the stream.
     *
     * @param bytes    the original bytes
     * @param fileName the name the file came with (for a fetched URL, its last path segment), or {@code null}
     * @throws SourceRejectedException why the source is not taken; a stream that fails while being read is
     *                                 {@code CORRUPT}
     * @throws UncheckedIOException    if the temporary copy cannot be written (a server fault, not the file's)
     * @throws IllegalStateException   after {@link #close()}
     */
    public ExtractedSource extract(InputStream bytes, String fileName) throws SourceRejectedException {
        Objects.requireNonNull(bytes, "bytes");
        try (SpooledSource source = SpooledSource.copy(bytes, limits.maxBytes())) {
            return parseBeforeDeadline(source, fileName);
        } catch (SpooledSource.ReadFailure e) {
            throw new SourceRejectedException(Reason.CORRUPT, "The file could not be read to its end: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a temporary copy of the source", e);
        }
    }

    private ExtractedSource parseBeforeDeadline(SpooledSource source, String fileName) throws SourceRejectedException {
        Future<ExtractedSource> parse;
        try {
            parse = workers.submit(() -> tika.extract(source, fileName));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("The source extractor is closed", e);
        }
        try {
            return parse.get(limits.parseTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new SourceRejectedException(Reason.TIMEOUT, "The file took longer than "
                    + Sizes.describe(limits.parseTimeout()) + " to parse", e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceRejectedException(Reason.TIMEOUT, "Parsing was interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static SourceRejectedException unwrap(Throwable failure) {
        if (failure instanceof SourceRejectedException rejection) {
            return rejection;
        }
        if (failure instanceof IOException io) {
            return new SourceRejectedException(Reason.CORRUPT, "The file cannot be read: " + io.getMessage(), io);
        }
        if (failure instanceof StackOverflowError) {
            return new SourceRejectedException(Reason.TOO_COMPLEX, "The file nests too deeply to parse", failure);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("Parsing failed unexpectedly", failure);
    }

    /** Stops the workers, interrupting any parse still running. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Daemon threads, so a forgotten extractor never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "imprimatur-source-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
