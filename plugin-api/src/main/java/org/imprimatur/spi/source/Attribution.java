package org.imprimatur.spi.source;

import java.util.Objects;

import org.imprimatur.spi.check.Span;

/**
 * Ties a span of generated text to the source passage it came from, down to the sentence.
 *
 * @param draftSpan     the span in the generated body
 * @param sourceId      the source's id
 * @param sourcePassage the span in the source's text
 */
public record Attribution(Span draftSpan, String sourceId, Span sourcePassage) {

    public Attribution {
        Objects.requireNonNull(draftSpan, "draftSpan");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourcePassage, "sourcePassage");
    }
}
