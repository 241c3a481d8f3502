package org.imprimatur.spi.source;

import java.util.Objects;

import org.imprimatur.spi.check.Span;

/**
 * One sentence of a source, the unit that drafting attributes to and checks cite. Passages are cut and embedded
 * once, when the source is ingested, and stored with it.
 *
 * @param sourceId  the source's id
 * @param index     the passage's position in its source, from 0
 * @param paragraph the paragraph it belongs to, from 0
 * @param span      where it lies in the source's extracted text
 * @param text      the passage text ({@code span} applied to the source's text)
 */
public record Passage(String sourceId, int index, int paragraph, Span span, String text) {

    public Passage {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("Passage positions start at 0: " + index + ", " + paragraph);
        }
    }
}
