package org.imprimatur.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.moderation.ModerationCategories.Assessment;
import org.imprimatur.spi.check.Severity;
import org.junit.jupiter.api.Test;

/** How the service's categories read in Imprimatur's. */
class ModerationCategoriesTest {

    @Test
    void anUnflaggedResultIsNoFindingWhateverItsScores() {
        assertEquals(Optional.empty(), ModerationCategories.assess(Map.of("hate", false, "violence", false),
                Map.of("hate", 0.49, "violence", 0.3)));
    }

    @Test
    void eachServiceCategoryLandsInOneOfOurs() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("hate", "hate"), Map.entry("hate/threatening", "hate"),
                Map.entry("harassment", "harassment"), Map.entry("harassment/threatening", "threat"),
                Map.entry("violence", "threat"), Map.entry("violence/graphic", "threat"),
                Map.entry("illicit/violent", "threat"),
                Map.entry("sexual", "sexual"), Map.entry("sexual/minors", "sexual"),
                Map.entry("self-harm", "self-harm"), Map.entry("self-harm/intent", "self-harm"),
                Map.entry("self-harm/instructions", "self-harm"));
        expected.forEach((service, ours) -> assertEquals(ours, ModerationCategories.assess(Map.of(service, true),
                Map.of(service, 0.9)).orElseThrow().category(), service));
    }

    @Test
    void theStrongestFlagNamesTheCategoryAndAllFlagsAreListed() {
        Assessment assessment = ModerationCategories.assess(
                Map.of("harassment", true, "harassment/threatening", true, "hate", false),
                Map.of("harassment", 0.62, "harassment/threatening", 0.91, "hate", 0.2)).orElseThrow();

        assertEquals("threat", assessment.category());
        assertEquals(0.91, assessment.score());
        assertEquals(Severity.HIGH, assessment.severity());
        assertEquals(List.of("harassment", "harassment/threatening"), assessment.serviceCategories());
    }

    @Test
    void severityFollowsTheScore() {
        assertEquals(Severity.MEDIUM, ModerationCategories.assess(Map.of("hate", true), Map.of("hate", 0.6))
                .orElseThrow().severity());
        assertEquals(Severity.LOW, ModerationCategories.assess(Map.of("hate", true), Map.of("hate", 0.3))
                .orElseThrow().severity(), "flagged by the service, but weakly");
        assertEquals(Severity.HIGH, ModerationCategories.assess(Map.of("sexual/minors", true),
                Map.of("sexual/minors", 0.2)).orElseThrow().severity(), "always high");
    }

    @Test
    void categoriesWithoutACounterpartAndScoresOutOfRangeAreHandled() {
        assertEquals(Optional.empty(), ModerationCategories.assess(Map.of("illicit", true), Map.of("illicit", 0.99)));
        Assessment clamped = ModerationCategories.assess(Map.of("violence", true), Map.of("violence", 1.7))
                .orElseThrow();
        assertEquals(1.0, clamped.score());
        assertTrue(ModerationCategories.assess(Map.of("violence", true), Map.of()).isPresent(),
                "a flag without a score still flags, scored 0");
    }
}
