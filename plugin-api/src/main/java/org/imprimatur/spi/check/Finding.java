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
 * @param message  one sentence a reviewer can act on
 * @param evidence the source passages behind the verdict, strongest first; may be empty
 */
public record Finding(Span span, String category, Severity severity, Verdict verdict, String message,
                      List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
