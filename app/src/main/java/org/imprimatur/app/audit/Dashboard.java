package org.imprimatur.app.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The compliance dashboard's figures: how many items are in which state on which desk, how much of what each desk
 * released is the machine's, what the checks found, how often reviewers overrode a finding, and how long review
 * takes. A ratio with nothing to divide by is {@code null} (absent from the JSON), never 0: "no data" and "none" are
 * different answers.
 *
 * @param desk          the desk asked about, {@code null} for every desk
 * @param from          the start of the window asked about (inclusive), {@code null} for since the beginning
 * @param to            the end of the window (exclusive), {@code null} for up to now
 * @param itemsByState  the items submitted in the window by desk and current state
 * @param aiShare       per desk, the machine's share of the text of the articles released in the window
 * @param findings      the findings raised in the window by check, category, verdict and severity
 * @param overrides     of the findings raised in the window that people resolved, how many they overrode
 * @param timeInReview  the review rounds decided in the window: from entering review to the decision
 */
public record Dashboard(String desk, Instant from, Instant to, List<StateCount> itemsByState, List<DeskAiShare> aiShare,
                        List<FindingCount> findings, OverrideRate overrides, TimeInReview timeInReview) {

    public Dashboard {
        itemsByState = List.copyOf(itemsByState);
        aiShare = List.copyOf(aiShare);
        findings = List.copyOf(findings);
    }

    /** How many items of a desk are in a state. */
    public record StateCount(String desk, String state, long items) {
    }

    /**
     * The AI share of a desk's released articles, as the release's label decision measured it (the sentences of the
     * released text that stand word for word as the AI draft, revision 1, had them), pooled over the releases: the
     * share of all released sentences, so that a long article weighs more than a short one.
     *
     * @param releases    the articles released
     * @param labelled    how many of them recorded a label decision (releases from before it was recorded did not)
     * @param sentences   the sentences of those
     * @param aiSentences how many of them are the machine's
     * @param share       aiSentences / sentences to four places; {@code null} when there are no sentences
     */
    public record DeskAiShare(String desk, long releases, long labelled, long sentences, long aiSentences,
                              BigDecimal share) {

        static DeskAiShare of(String desk, long releases, long labelled, long sentences, long aiSentences) {
            return new DeskAiShare(desk, releases, labelled, sentences, aiSentences, ratio(aiSentences, sentences));
        }
    }

    /** The findings of one kind and what became of them. */
    public record FindingCount(String checkId, String category, String verdict, String severity, long findings,
                               long open, long fixed, long accepted, long overridden) {
    }

    /**
     * How often people let a finding stand against the machine.
     *
     * @param resolved   the findings no longer open: fixed by a later revision, accepted with evidence, or overridden
     * @param overridden those a reviewer overrode with a reason
     * @param rate       overridden / resolved to four places; {@code null} when none is resolved
     */
    public record OverrideRate(long resolved, long overridden, BigDecimal rate) {

        static OverrideRate of(List<FindingCount> findings) {
            long resolved = findings.stream().mapToLong(count -> count.fixed() + count.accepted() + count.overridden())
                    .sum();
            long overridden = findings.stream().mapToLong(FindingCount::overridden).sum();
            return new OverrideRate(resolved, overridden, ratio(overridden, resolved));
        }
    }

    /**
     * How long items waited for a decision, in seconds: the mean, the median (the mean of the two middle rounds
     * when their number is even) and the 90th percentile (nearest rank: the shortest round that at least 90 % of
     * the rounds do not exceed). All {@code null} when no round was decided.
     *
     * @param decisions how many review rounds were decided
     */
    public record TimeInReview(long decisions, Double meanSeconds, Double medianSeconds, Double p90Seconds) {

        static TimeInReview of(List<Duration> rounds) {
            if (rounds.isEmpty()) {
                return new TimeInReview(0, null, null, null);
            }
            List<Long> millis = new ArrayList<>(rounds.stream().map(Duration::toMillis).toList());
            Collections.sort(millis);
            int n = millis.size();
            double mean = millis.stream().mapToLong(Long::longValue).average().orElseThrow();
            double median = n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2.0;
            long p90 = millis.get((int) Math.ceil(0.9 * n) - 1);
            return new TimeInReview(n, seconds(mean), seconds(median), seconds(p90));
        }

        private static double seconds(double millis) {
            return Math.round(millis) / 1000.0;
        }
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
