package org.imprimatur.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;

import org.imprimatur.app.it.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The self-contained executable as an operator runs it: {@code java -jar imprimatur.jar}, on its embedded
 * defaults, keeping its data across a restart, and refusing to start on a bad setting with one clear line.
 */
class ExecutableIT {

    private static final Duration START_DEADLINE = Duration.ofSeconds(180);
    private static final Path EXECUTABLE = Path.of("target", "imprimatur.jar");

    @TempDir
    Path work;

    @Test
    void startsOnEmbeddedDefaultsAndKeepsItsDataAcrossARestart() throws Exception {
        Path dataDir = work.resolve("data");
        int port = freePort();
        String id;

        Process first = start(port, Map.of("IMPRIMATUR_DATA_DIR", dataDir.toString(), "IMPRIMATUR_DEMO", "true"),
                work.resolve("first.log"));
        try {
            String log = awaitReady(first, port, work.resolve("first.log"));
            assertTrue(log.contains("Imprimatur started on H2"), "the start-up line names the database");
            assertTrue(log.contains("DEMO MODE"), "demo mode says so");
            assertTrue(log.contains("http://"), "the URL is printed when ready");
            Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));
            Answer submitted = api.post("api/v1/items", Users.EDITOR, Json.createObjectBuilder()
                    .add("kind", "ARTICLE").add("title", "Survives a restart").add("body", "Kept in the file.")
                    .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "m")
                            .add("promptSha256", "0".repeat(64)))
                    .build());
            assertEquals(201, submitted.status(), submitted.raw().body());
            id = submitted.json().getString("id");
        } finally {
            stop(first);
        }
        assertTrue(Files.isDirectory(dataDir.resolve("db")), "the H2 file lives under the data directory");

        Process second = start(port, Map.of("IMPRIMATUR_DATA_DIR", dataDir.toString(), "IMPRIMATUR_DEMO", "true"),
                work.resolve("second.log"));
        try {
            awaitReady(second, port, work.resolve("second.log"));
            Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));
            Answer item = api.get("api/v1/items/" + id, Users.REVIEWER);
            assertEquals(200, item.status(), item.raw().body());
            assertEquals("Survives a restart", item.json().getString("title"));
            Answer ledger = api.get("api/v1/ledger/verify", Users.COMPLIANCE);
            assertTrue(ledger.json().getBoolean("valid"));
            // The signing key's creation and the submission: the restart found the same key, so made no new one.
            assertEquals(2, ledger.json().getInt("entries"));
            assertTrue(Files.isRegularFile(dataDir.resolve("keys").resolve("ledger-signing.p12")));
        } finally {
            stop(second);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // Port 1 on loopback: nothing listens there, so the connection is refused at once.
            "jdbc:postgresql://127.0.0.1:1/imprimatur, Connection to 127.0.0.1:1 refused",
            "jdbc:mysql://127.0.0.1/imprimatur, must start with jdbc:h2: or jdbc:postgresql:"})
    void aWrongDatabaseSettingStopsStartUpWithOneClearLine(String url, String explanation) throws Exception {
        Path logFile = work.resolve("bad.log");
        Process process = start(freePort(), Map.of("IMPRIMATUR_DATA_DIR", work.toString(), "IMPRIMATUR_DB_URL", url),
                logFile);
        boolean ended = process.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            stop(process);
        }
        assertTrue(ended, "the process ends by itself");
        assertEquals(1, process.exitValue());
        List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        List<String> reasons = lines.stream().filter(line -> line.contains("Imprimatur cannot start")).toList();
        assertEquals(1, reasons.size(), String.join("\n", lines));
        assertTrue(reasons.get(0).contains(url), reasons.get(0));
        assertTrue(reasons.get(0).contains(explanation), reasons.get(0));
        assertTrue(reasons.get(0).contains("IMPRIMATUR_DB_URL"), "names the setting to fix");
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("\tat ")), "no stack trace");
    }

    private static Process start(int port, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", EXECUTABLE.toString(), "--port", String.valueOf(port), "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The build sets IMPRIMATUR_* for the Arquillian tests; the executable must see only what the test says.
        builder.environment().keySet().removeIf(name -> name.startsWith("IMPRIMATUR_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String awaitReady(Process process, int port, Path log) throws Exception {
        Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), () -> "the executable died: " + read(log));
            try {
                if (api.get("health/ready", null).status() == 200) {
                    return read(log);
                }
            } catch (java.io.UncheckedIOException notListeningYet) {
                // polled again below
            }
            // Waits between polls, but returns at once if the process dies.
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("not ready within " + START_DEADLINE + ": " + read(log));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
