package org.imprimatur.checks.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

/**
 * Runs a {@link LineEvaluator} over JSON lines: one JSON object per input line, one result per input line on the
 * output, in input order, while a pool of worker threads evaluates several lines at once.
 *
 * <p>Every result starts with the line's {@code id} (a string or a number, as given). A line that cannot be
 * evaluated — not JSON, not an object, a field missing or of the wrong type, or an evaluator that fails on it —
 * gives {@code {"id": <the id if readable, else null>, "error": "…"}} and the run goes on. Blank lines are not
 * records and give nothing.
 *
 * <p>The reading thread hands each line to the workers and its pending result to a queue of at most
 * {@code 8 × threads}; a writer thread takes the results from the queue in order, waits for each, and writes it,
 * flushing whenever it has caught up with the workers, so results appear as soon as they are known and memory stays
 * bounded however long the input.
 *
 * <p><b>Threading:</b> one run at a time per instance. <b>Failure:</b> {@link IOException} if reading the input or
 * writing the output fails; the run stops at the next line.
 */
public final class JsonLinesRun {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Future<Result> END = CompletableFuture.completedFuture(null);

    private final JsonParserFactory parsers = JSON.createParserFactory(Map.of());
    private final JsonWriterFactory writers = JSON.createWriterFactory(Map.of());
    private final LineEvaluator evaluator;
    private final int threads;

    /**
     * @param evaluator what to do with each line; not closed by the run
     * @param threads   how many lines to evaluate at once, at least 1
     */
    public JsonLinesRun(LineEvaluator evaluator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("A run needs at least one thread, not " + threads);
        }
        this.evaluator = evaluator;
        this.threads = threads;
    }

    /**
     * Reads {@code input} to its end and writes one result line per input line to {@code output}, which it flushes
     * but does not close.
     *
     * @param progress counts every result written, from the writer thread
     * @throws IOException if reading or writing fails
     */
    public void run(BufferedReader input, Writer output, Progress progress) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("batch-worker-"));
        BlockingQueue<Future<Result>> pending = new ArrayBlockingQueue<>(8 * threads);
        OrderedWriter writer = new OrderedWriter(pending, output, progress);
        Thread writerThread = daemonThreads("batch-writer-").newThread(writer);
        writerThread.start();
        IOException readFailure = null;
        try {
            try {
                String line;
                while (!writer.failed() && (line = input.readLine()) != null) {
                    if (!line.isBlank()) {
                        String text = line;
                        pending.put(workers.submit(() -> evaluate(text)));
                    }
                }
            } catch (IOException e) {
                // The lines read so far still get their results.
                readFailure = e;
            }
            pending.put(END);
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The batch run was interrupted");
        } finally {
            workers.shutdownNow();
            writerThread.interrupt();
        }
        if (readFailure != null) {
            throw readFailure;
        }
        writer.rethrow();
    }

    private Result evaluate(String line) {
        JsonValue id = JsonValue.NULL;
        try {
            JsonObject input = parse(line);
            id = InputFields.id(input);
            JsonObjectBuilder result = JSON.createObjectBuilder().add("id", id);
            evaluator.evaluate(input).forEach((name, value) -> {
                if (!name.equals("id")) {
                    result.add(name, value);
                }
            });
            return new Result(write(result.build()), false);
        } catch (InvalidLineException e) {
            return error(id, e.getMessage());
        } catch (RuntimeException e) {
            return error(id, "evaluation failed: " + e);
        }
    }

    private JsonObject parse(String line) throws InvalidLineException {
        JsonValue value;
        try (JsonParser parser = parsers.createParser(new StringReader(line))) {
            parser.next();
            value = parser.getValue();
            // A reader would take the first value and ignore the rest; a line holds exactly one.
            if (parser.hasNext()) {
                throw new InvalidLineException(InvalidLineException.Reason.NOT_JSON,
                        "not JSON: more than one value on the line");
            }
        } catch (JsonException | NoSuchElementException e) {
            throw new InvalidLineException(InvalidLineException.Reason.NOT_JSON, "not JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidLineException(InvalidLineException.Reason.NOT_AN_OBJECT,
                    "not a JSON object but " + value.getValueType().name().toLowerCase(Locale.ROOT));
        }
        return value.asJsonObject();
    }

    private Result error(JsonValue id, String message) {
        return new Result(write(JSON.createObjectBuilder().add("id", id).add("error", message).build()), true);
    }

    private String write(JsonObject object) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = writers.createWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One line's result, serialised. */
    private record Result(String json, boolean error) {
    }

    /**
     * Writes results in the order they were queued. After a failure it keeps taking results without writing them, so
     * that the reading thread never blocks on a full queue.
     */
    private static final class OrderedWriter implements Runnable {

        private final BlockingQueue<Future<Result>> pending;
        private final Writer output;
        private final Progress progress;
        private volatile Throwable failure;

        OrderedWriter(BlockingQueue<Future<Result>> pending, Writer output, Progress progress) {
            this.pending = pending;
            this.output = output;
            this.progress = progress;
        }

        @Override
        public void run() {
            try {
                for (Future<Result> next = pending.take(); next != END; next = pending.take()) {
                    Result result = resultOf(next);
                    if (failure == null) {
                        write(result);
                    }
                }
                if (failure == null) {
                    output.flush();
                }
            } catch (InterruptedException e) {
                failure = e;
            } catch (IOException e) {
                failure = e;
                drain();
            }
        }

        private Result resultOf(Future<Result> pendingResult) throws InterruptedException {
            try {
                return pendingResult.get();
            } catch (ExecutionException e) {
                // Evaluation turns every exception into an error line; only an Error gets here.
                failure = e.getCause();
                return null;
            }
        }

        /** Takes what is left, so that the reading thread, which stops at its next line, never waits on a full queue. */
        private void drain() {
            try {
                while (pending.take() != END) {
                    // discarded: the output is broken
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void write(Result result) throws IOException {
            output.write(result.json());
            output.write('\n');
            if (pending.isEmpty()) {
                output.flush();
            }
            progress.lineDone(result.error());
        }

        boolean failed() {
            return failure != null;
        }

        void rethrow() throws IOException {
            Throwable failed = failure;
            if (failed instanceof IOException io) {
                throw io;
            }
            if (failed instanceof Error error) {
                throw error;
            }
            if (failed != null) {
                throw new IOException("The batch run's writer stopped: " + failed, failed);
            }
        }
    }
}
