package org.imprimatur.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.imprimatur.app.plugins.ProviderHealth.Outcome;
import org.imprimatur.app.plugins.ProviderHealth.Status;
import org.junit.jupiter.api.Test;

class ProviderHealthTest {

    private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void aProviderNotCalledInTheWindowIsIdle() {
        ProviderHealth health = ProviderHealth.of("grounded", "drafting", false, List.of());
        assertEquals(Status.IDLE, health.status());
        assertEquals(0, health.succeeded());
        assertNull(health.lastSucceededAt());
    }

    @Test
    void theLatestCallDecidesWhateverTheOrderTheyComeIn() {
        List<Outcome> recovered = List.of(new Outcome(T.plusSeconds(60), true, null),
                new Outcome(T, false, "connection refused"));
        ProviderHealth up = ProviderHealth.of("llm", "drafting", true, recovered);
        assertEquals(Status.UP, up.status());
        assertEquals(1, up.succeeded());
        assertEquals(1, up.failed());
        assertEquals(T, up.lastFailedAt());
        assertNull(up.lastError(), "a failure that is over is not the provider's state");

        List<Outcome> broken = List.of(new Outcome(T, true, null), new Outcome(T.plusSeconds(120), false, "HTTP 503"),
                new Outcome(T.plusSeconds(60), false, "timed out"));
        ProviderHealth failing = ProviderHealth.of("llm", "drafting", true, broken);
        assertEquals(Status.FAILING, failing.status());
        assertEquals(2, failing.failed());
        assertEquals("HTTP 503", failing.lastError());
        assertEquals(T.plusSeconds(120), failing.lastFailedAt());
        assertEquals(T, failing.lastSucceededAt());
    }

    @Test
    void aSuccessAndAFailureAtTheSameInstantCountAsWorking() {
        ProviderHealth health = ProviderHealth.of("fact", "check", false,
                List.of(new Outcome(T, false, "ran out of time"), new Outcome(T, true, null)));
        assertEquals(Status.UP, health.status());
    }
}
