package org.imprimatur.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark harness, not a test: ledger appends on PostgreSQL as the product makes them — each submission writes an
 * item, its revision and a ledger entry in one transaction, the entry serialised on the ledger's head row — with 1
 * and 8 concurrent writers against a running Imprimatur, beside pgbench running a single-row insert transaction with
 * the same numbers of clients on the same database. Sends traffic to loopback only. See docs/benchmarks.md.
 *
 * <p>Arguments: base URL (default http://127.0.0.1:8080/), seconds per run (default 20), and the pgbench connection
 * as host, user and database (default 127.0.0.1, postgres, test).
 */
public final class SubmissionThroughputBenchmark {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private SubmissionThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        Duration run = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        String host = args.length > 2 ? args[2] : "127.0.0.1";
        String user = args.length > 3 ? args[3] : "postgres";
        String database = args.length > 4 ? args[4] : "test";

        HttpClient client = HttpClient.newHttpClient();
        String session = signIn(client, base);
        for (int writers : new int[] {1, 8}) {
            double submissions = submissions(client, base, session, writers, run);
            double pgbench = pgbench(host, user, database, writers, run);
            System.out.printf("%d writer(s): %,.0f submissions/s; pgbench single-row insert %,.0f tps; ratio %.2f%n",
                    writers, submissions, pgbench, submissions / pgbench);
        }
        HttpResponse<String> verify = client.send(HttpRequest.newBuilder(base.resolve("api/v1/ledger/verify"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "carol:carol".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("ledger after the runs: " + verify.body());
    }

    /** Signs in as the demo editor through the login form: sessions spare each request the password hashing. */
    private static String signIn(HttpClient client, URI base) throws Exception {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=alice")).build(),
                HttpResponse.BodyHandlers.ofString());
        return login.headers().firstValue("Set-Cookie").orElseThrow(() ->
                new IllegalStateException("No session: is the server running in demo mode?")).split(";", 2)[0];
    }

    private static double submissions(HttpClient client, URI base, String session, int writers, Duration run)
            throws Exception {
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        Instant end = Instant.now().plus(run);
        Instant start = Instant.now();
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            tasks.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("api/v1/items"))
                            .header("Cookie", session).header("Sec-Fetch-Site", "same-origin")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 201) {
                        throw new IllegalStateException("Submission failed: " + answer.body());
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        pool.shutdown();
        return done.get() / (Duration.between(start, Instant.now()).toNanos() / 1e9);
    }

    /** pgbench with a one-row insert transaction of about an entry's size, in a table it creates and drops. */
    private static double pgbench(String host, String user, String database, int clients, Duration run)
            throws IOException, InterruptedException {
        psql(host, user, database, "CREATE TABLE IF NOT EXISTS bench_append (id BIGSERIAL PRIMARY KEY, body TEXT)");
        Path script = Files.createTempFile("append", ".sql");
        Files.writeString(script, "INSERT INTO bench_append (body) VALUES (repeat('x', 600));\n");
        try {
            Process pgbench = new ProcessBuilder("pgbench", "-n", "-h", host, "-U", user, "-c",
                    String.valueOf(clients), "-j", String.valueOf(clients), "-T", String.valueOf(run.toSeconds()),
                    "-f", script.toString(), database).redirectErrorStream(true).start();
            String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            pgbench.waitFor();
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench said: " + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            Files.delete(script);
            psql(host, user, database, "DROP TABLE bench_append");
        }
    }

    private static void psql(String host, String user, String database, String sql)
            throws IOException, InterruptedException {
        Process psql = new ProcessBuilder("psql", "-q", "-h", host, "-U", user, "-d", database, "-c", sql)
                .redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql said: " + output);
        }
    }

    private static final String ARTICLE = """
            {"kind": "ARTICLE", "title": "Council approves the 2027 budget",
             "body": "The city council approved a budget of 1.2 million euros on Monday. The mayor said the new \
            bridge will open in spring, according to the council's press release.",
             "modelCard": {"provider": "grounded", "model": "extractive-1", "modelVersion": "2026.11",
                           "parameters": {"temperature": 0.2},
                           "promptSha256": "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
                           "sourceIds": ["press-release-17"]}}""";
}
