package org.imprimatur.checks.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The batch command of {@code imprimatur-checks.jar}, for audits and evaluation: runs one engine of the checks over
 * JSON lines from standard input and writes one JSON result per line, in input order, to standard output.
 * <pre>
 *   java -jar checks/target/imprimatur-checks.jar fact|toxicity [--threads N]
 * </pre>
 * The formats are in {@link FactLines} and {@link ToxicityLines}; {@link JsonLinesRun} says how lines and errors are
 * handled. Progress and problems go to standard error; standard output holds nothing but results.
 *
 * <p>Exit status: 0 when the input was read to its end, even if some lines gave errors; 1 if the engine could not
 * be loaded or reading or writing failed; 2 on a usage error.
 */
public final class BatchCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final Map<String, Supplier<LineEvaluator>> engines;
    private final int defaultThreads;

    /**
     * @param engines        the engines by command name, each opened (its models loaded) when chosen
     * @param defaultThreads the worker threads when {@code --threads} is not given
     */
    BatchCommand(Map<String, Supplier<LineEvaluator>> engines, int defaultThreads) {
        this.engines = new LinkedHashMap<>(engines);
        this.defaultThreads = defaultThreads;
    }

    /** Runs the command on the process's standard streams and exits with its status. */
    public static void main(String[] args) {
        int status = new BatchCommand(engines(), Runtime.getRuntime().availableProcessors())
                .run(args, System.in, System.out, System.err);
        System.exit(status);
    }

    /** The engines of the checks module, by command name. */
    static Map<String, Supplier<LineEvaluator>> engines() {
        Map<String, Supplier<LineEvaluator>> engines = new LinkedHashMap<>();
        engines.put("fact", FactLines::open);
        engines.put("toxicity", ToxicityLines::open);
        return engines;
    }

    /** Runs the command; returns the exit status. Does not close the streams. */
    int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args, engines.keySet(), defaultThreads);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(usage());
            return USAGE;
        }
        if (invocation == null) {
            err.println(usage());
            return OK;
        }
        String name = invocation.engine();
        try (LineEvaluator evaluator = engines.get(name).get()) {
            BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Writer output = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            Progress progress = new Progress(name, err, System::nanoTime, PROGRESS_INTERVAL);
            new JsonLinesRun(evaluator, invocation.threads()).run(input, output, progress);
            progress.finish();
            return OK;
        } catch (IOException e) {
            err.println(name + ": stopped: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // Opening an engine loads its models; a missing or broken model ends the run before the first line.
            err.println(name + ": could not run: " + e.getMessage());
            return FAILED;
        }
    }

    private String usage() {
        return "usage: java -jar imprimatur-checks.jar " + String.join("|", engines.keySet()) + " [--threads N]\n"
                + "  reads JSON lines on standard input, writes one JSON result per line, in input order, on standard"
                + " output\n  --threads N  lines evaluated at once (default: " + defaultThreads + ", the cores)";
    }

    /** What the command line asks for. */
    record Invocation(String engine, int threads) {

        /**
         * @return the invocation, or {@code null} when help was asked for
         * @throws UsageException if the command line asks for nothing this command does
         */
        static Invocation parse(String[] args, Set<String> engines, int defaultThreads) throws UsageException {
            String engine = null;
            int threads = defaultThreads;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return null;
                } else if (arg.equals("--threads")) {
                    if (++i == args.length) {
                        throw new UsageException("--threads needs a number");
                    }
                    threads = threads(args[i]);
                } else if (arg.startsWith("--threads=")) {
                    threads = threads(arg.substring("--threads=".length()));
                } else if (arg.startsWith("-")) {
                    throw new UsageException("unknown option " + arg);
                } else if (engine != null) {
                    throw new UsageException("one engine at a time, not " + engine + " and " + arg);
                } else if (!engines.contains(arg)) {
                    throw new UsageException("unknown engine " + arg + "; choose " + String.join(" or ", engines));
                } else {
                    engine = arg;
                }
            }
            if (engine == null) {
                throw new UsageException("which engine? choose " + String.join(" or ", engines));
            }
            return new Invocation(engine, threads);
        }

        private static int threads(String value) throws UsageException {
            try {
                int threads = Integer.parseInt(value);
                if (threads >= 1) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--threads needs a whole number of at least 1, not " + value);
        }
    }

    /** A command line this command cannot run; the message says why. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }
}
