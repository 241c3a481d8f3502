package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestWaitAndStopsAfterTheLastAttempt() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 7);

        List<Optional<Duration>> waits = IntStream.rangeClosed(1, 7).mapToObj(schedule::delayAfter).toList();

        assertEquals(List.of(Optional.of(Duration.ofSeconds(30)), Optional.of(Duration.ofSeconds(60)),
                Optional.of(Duration.ofSeconds(120)), Optional.of(Duration.ofSeconds(240)),
                Optional.of(Duration.ofMinutes(5)), Optional.of(Duration.ofMinutes(5)), Optional.empty()), waits);
    }

    @Test
    void theDefaultScheduleSpreadsEightAttemptsOverAboutAnHourAndAHalf() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 8);

        Duration total = IntStream.rangeClosed(1, 7).mapToObj(schedule::delayAfter).map(Optional::orElseThrow)
                .reduce(Duration.ZERO, Duration::plus);

        assertEquals(Duration.ofSeconds(30 + 60 + 120 + 240 + 480 + 960 + 1920), total);
        assertEquals(Optional.empty(), schedule.delayAfter(8));
    }

    @Test
    void aSingleAttemptIsNeverRetriedAndLongRunsDoNotOverflow() {
        assertEquals(Optional.empty(), new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).delayAfter(1));
        RetrySchedule many = new RetrySchedule(Duration.ofSeconds(1), Duration.ofDays(1), 1000);
        assertEquals(Optional.of(Duration.ofDays(1)), many.delayAfter(999));
    }

    @Test
    void nonsensicalSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
