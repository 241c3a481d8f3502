package org.imprimatur.spi.check;

import java.util.List;
import java.util.Objects;

/**
 * Something a check wants a reviewer to see: one span of the revision, what kind of problem, how bad, what the
 * check concluded and why.
 *
 * @param span     where in the revision body
 * @param category the check's own vocabulary, e.g. {@code number}, {@code quote}, {@code hate}, {@code threat}
 * @param severity how urgently a human must act
 * @param verdict  what the check concluded
 * @param score    how strongly the check holds its verdict, in [0, 1]: for a claim, the probability that the
 *                 sources support it; for language, the probability that it is what the category says
 * @param message  one sentence a reviewer can act on
 * @param evidence the source passages behind the verdict, strongest first; may be empty
 */
public record Finding(Span span, String category, Severity severity, Verdict verdict, double score,
                      String message, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A finding's score lies in [0, 1], not " + score);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
