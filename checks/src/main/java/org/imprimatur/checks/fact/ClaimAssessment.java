package org.imprimatur.checks.fact;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;

/**
 * What the sources say about one claim.
 *
 * @param verdict            {@link Verdict#SUPPORTED}, {@link Verdict#CONTRADICTED} or {@link Verdict#UNVERIFIABLE}
 * @param supportProbability the probability that the sources support the claim, in [0, 1]
 * @param category           what the verdict turned on: {@code quote}, {@code number}, {@code date}, {@code name},
 *                           {@code negation}, or {@code claim} for the statement as a whole
 * @param severity           how urgently a reviewer must look: {@link Severity#NONE} for supported claims
 * @param reason             one sentence a reviewer can act on
 * @param evidence           the source passages the verdict rests on, strongest first; empty when the sources hold
 *                           nothing related
 */
public record ClaimAssessment(Verdict verdict, double supportProbability, String category, Severity severity,
                              String reason, List<Evidence> evidence) {

    public ClaimAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        if (!(supportProbability >= 0 && supportProbability <= 1)) {
            throw new IllegalArgumentException("A probability lies in [0, 1], not " + supportProbability);
        }
        evidence = List.copyOf(evidence);
    }
}
