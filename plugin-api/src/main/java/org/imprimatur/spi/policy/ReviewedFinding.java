package org.imprimatur.spi.policy;

import java.util.Objects;

import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;

/**
 * A check's finding on the item's current revision, with where it stands with the reviewers.
 *
 * @param id         the finding's id
 * @param checkId    the check that found it, e.g. {@code fact}
 * @param category   what kind of finding, e.g. {@code quote}, {@code number}, {@code toxicity}
 * @param severity   how bad
 * @param verdict    the check's verdict
 * @param resolution how the reviewers dealt with it so far
 */
public record ReviewedFinding(String id, String checkId, String category, Severity severity, Verdict verdict,
                              Resolution resolution) {

    /** Where a finding stands with the reviewers. */
    public enum Resolution {
        /** Nobody has dealt with it yet. */
        OPEN,
        /** A later revision changed the text. */
        FIXED,
        /** A reviewer attested the text is right, citing evidence. */
        ACCEPTED,
        /** A reviewer let it stand, with a written reason. */
        OVERRIDDEN
    }

    public ReviewedFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** Whether nobody has dealt with it yet. */
    public boolean open() {
        return resolution == Resolution.OPEN;
    }
}
