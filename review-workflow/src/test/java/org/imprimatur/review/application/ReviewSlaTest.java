package org.imprimatur.review.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which review SLA applies to a desk. */
class ReviewSlaTest {

    @Test
    void aDeskWithItsOwnSettingUsesIt() {
        Map<String, String> settings = Map.of("imprimatur.desk.business.review-sla", "PT1H",
                "imprimatur.review.sla", "PT8H");

        assertEquals(Duration.ofHours(1), ReviewSla.resolve("business", key -> Optional.ofNullable(settings.get(key))));
        assertEquals(Duration.ofHours(8), ReviewSla.resolve("sport", key -> Optional.ofNullable(settings.get(key))));
    }

    @Test
    void withoutSettingsItIsFourHours() {
        assertEquals(Duration.ofHours(4), ReviewSla.resolve("general", key -> Optional.empty()));
    }

    @Test
    void aMalformedSettingNamesTheKeyToFix() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> ReviewSla.resolve("local", key -> Optional.of("4 hours")));
        assertTrue(wrong.getMessage().startsWith("imprimatur.desk.local.review-sla"), wrong.getMessage());
        assertThrows(IllegalStateException.class, () -> ReviewSla.resolve("local", key -> Optional.of("PT0S")));
    }
}
