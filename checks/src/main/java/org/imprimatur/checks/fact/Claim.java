package org.imprimatur.checks.fact;

import java.util.Objects;
import java.util.Set;

import org.imprimatur.spi.check.Span;

/**
 * A check-worthy statement of a text.
 *
 * @param span  where it lies in the text, as UTF-16 offsets; one sentence, or several when a quotation runs across them
 * @param text  the statement ({@code span} applied to the text)
 * @param kinds why it is worth checking; never empty
 */
public record Claim(Span span, String text, Set<ClaimKind> kinds) {

    public Claim {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("A claim is of at least one kind");
        }
    }
}
