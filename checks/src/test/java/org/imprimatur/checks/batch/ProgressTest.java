package org.imprimatur.checks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Progress progress = new Progress("fact", new PrintStream(err, true, StandardCharsets.UTF_8),
            clock::get, Duration.ofSeconds(5));

    @Test
    void reportsAtMostOncePerIntervalAndAtTheEnd() {
        for (int i = 0; i < 1_500; i++) {
            progress.lineDone(i % 500 == 0);
            clock.addAndGet(Duration.ofMillis(10).toNanos());
        }
        progress.finish();

        assertEquals(List.of(
                "fact: 501 lines, 100.2 lines/s, 2 errors",
                "fact: 1,001 lines, 100.1 lines/s, 3 errors",
                "fact: done, 1,500 lines in 15.0 s, 100.0 lines/s, 3 errors"), reported());
    }

    @Test
    void aRunWithoutLinesStillEnds() {
        progress.finish();

        assertEquals(List.of("fact: done, 0 lines in 0.0 s, 0.0 lines/s, 0 errors"), reported());
    }

    private List<String> reported() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
