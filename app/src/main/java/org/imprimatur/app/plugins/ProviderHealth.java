package org.imprimatur.app.plugins;

import java.time.Instant;
import java.util.List;

/**
 * How an installed provider has fared lately, judged by what its work left behind (see {@link ProviderActivity}).
 *
 * @param id              the provider's id
 * @param spi             its extension point
 * @param remote          whether it sends data out of this process
 * @param status          {@code UP} when its latest call in the window succeeded, {@code FAILING} when it failed,
 *                        {@code IDLE} when it was not called in the window, {@code NOT_TRACKED} for an extension
 *                        point whose calls leave no outcome to judge (review policies run inside each decision and
 *                        refuse it when they fail)
 * @param succeeded       its successful calls in the window
 * @param failed          its failed calls in the window
 * @param lastSucceededAt its latest success in the window, if any
 * @param lastFailedAt    its latest failure in the window, if any
 * @param lastError       what its latest failure said, while that failure is its latest call
 */
public record ProviderHealth(String id, String spi, boolean remote, Status status, int succeeded, int failed,
                             Instant lastSucceededAt, Instant lastFailedAt, String lastError) {

    /** The provider's state in a word. */
    public enum Status {
        UP, FAILING, IDLE, NOT_TRACKED
    }

    /** One finished call: when, whether it succeeded, and what a failure said. */
    public record Outcome(Instant at, boolean succeeded, String error) {
    }

    /** A provider whose calls leave no outcome behind. */
    static ProviderHealth untracked(String id, String spi, boolean remote) {
        return new ProviderHealth(id, spi, remote, Status.NOT_TRACKED, 0, 0, null, null, null);
    }

    /** Judges a provider by its finished calls in the window, in any order. */
    static ProviderHealth of(String id, String spi, boolean remote, List<Outcome> outcomes) {
        Instant lastSucceeded = latest(outcomes, true);
        Instant lastFailed = latest(outcomes, false);
        int succeeded = (int) outcomes.stream().filter(Outcome::succeeded).count();
        Status status;
        if (outcomes.isEmpty()) {
            status = Status.IDLE;
        } else if (lastSucceeded != null && (lastFailed == null || !lastFailed.isAfter(lastSucceeded))) {
            status = Status.UP;
        } else {
            status = Status.FAILING;
        }
        String lastError = status != Status.FAILING ? null : outcomes.stream()
                .filter(outcome -> !outcome.succeeded() && outcome.at().equals(lastFailed))
                .map(Outcome::error).findFirst().orElse(null);
        return new ProviderHealth(id, spi, remote, status, succeeded, outcomes.size() - succeeded, lastSucceeded,
                lastFailed, lastError);
    }

    private static Instant latest(List<Outcome> outcomes, boolean succeeded) {
        return outcomes.stream().filter(outcome -> outcome.succeeded() == succeeded).map(Outcome::at)
                .max(Instant::compareTo).orElse(null);
    }
}
