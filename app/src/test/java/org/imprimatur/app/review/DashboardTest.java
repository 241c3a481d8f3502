package org.imprimatur.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.imprimatur.app.audit.Dashboard.DeskAiShare;
import org.imprimatur.app.audit.Dashboard.FindingCount;
import org.imprimatur.app.audit.Dashboard.OverrideRate;
import org.imprimatur.app.audit.Dashboard.TimeInReview;
import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void anOddNumberOfRoundsHasTheMiddleOneAsMedian() {
        TimeInReview time = TimeInReview.of(List.of(minutes(30), minutes(10), minutes(20)));

        assertEquals(3, time.decisions());
        assertEquals(1200.0, time.medianSeconds());
        assertEquals(1200.0, time.meanSeconds());
        assertEquals(1800.0, time.p90Seconds(), "the nearest rank of 90 % of three rounds is the third");
    }

    @Test
    void anEvenNumberOfRoundsHasTheMeanOfTheTwoMiddleOnesAsMedian() {
        TimeInReview time = TimeInReview.of(List.of(minutes(10), minutes(40), minutes(20), minutes(30)));

        assertEquals(1500.0, time.medianSeconds());
        assertEquals(1500.0, time.meanSeconds());
    }

    @Test
    void theNinetiethPercentileIsTheShortestRoundThatNinetyPercentDoNotExceed() {
        // 1 to 20 minutes: 18 of 20 rounds (90 %) take 18 minutes or less.
        TimeInReview time = TimeInReview.of(IntStream.rangeClosed(1, 20).mapToObj(DashboardTest::minutes).toList());

        assertEquals(18 * 60.0, time.p90Seconds());
        assertEquals(10.5 * 60, time.medianSeconds());
    }

    @Test
    void oneRoundIsItsOwnMedianAndPercentile() {
        TimeInReview time = TimeInReview.of(List.of(Duration.ofMillis(1500)));

        assertEquals(1.5, time.medianSeconds());
        assertEquals(1.5, time.p90Seconds());
        assertEquals(1.5, time.meanSeconds());
    }

    @Test
    void noDecidedRoundHasNoTimesRatherThanZero() {
        TimeInReview time = TimeInReview.of(List.of());

        assertEquals(0, time.decisions());
        assertNull(time.meanSeconds());
        assertNull(time.medianSeconds());
        assertNull(time.p90Seconds());
    }

    @Test
    void theOverrideRateIsOverriddenOverFixedAcceptedAndOverriddenAcrossKinds() {
        OverrideRate rate = OverrideRate.of(List.of(
                new FindingCount("fact-check", "claim", "CONTRADICTED", "HIGH", 9, 3, 2, 1, 3),
                new FindingCount("toxicity", "toxic", "FLAGGED", "MEDIUM", 3, 1, 1, 0, 1)));

        assertEquals(8, rate.resolved(), "open findings are not resolved");
        assertEquals(4, rate.overridden());
        assertEquals(new BigDecimal("0.5000"), rate.rate());
    }

    @Test
    void noResolvedFindingHasNoOverrideRate() {
        OverrideRate none = OverrideRate.of(List.of(new FindingCount("fact-check", "claim", "SUPPORTED", "NONE", 4,
                4, 0, 0, 0)));
        OverrideRate nothing = OverrideRate.of(List.of());

        assertEquals(0, none.resolved());
        assertNull(none.rate(), "nothing resolved is no rate, not a rate of 0");
        assertNull(nothing.rate());
    }

    @Test
    void theAiShareIsPooledOverTheReleasedSentencesAndAbsentWithoutAny() {
        DeskAiShare metro = DeskAiShare.of("metro", 3, 2, 12, 9);
        DeskAiShare old = DeskAiShare.of("archive", 2, 0, 0, 0);

        assertEquals(new BigDecimal("0.7500"), metro.share());
        assertNull(old.share(), "releases without a label decision give no share");
        assertEquals(2, old.releases());
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
