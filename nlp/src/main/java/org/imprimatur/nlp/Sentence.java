package org.imprimatur.nlp;

import java.util.Objects;

import org.imprimatur.spi.check.Span;

/**
 * A sentence of a text and the paragraph it is in.
 *
 * @param span      where the sentence lies in the text, without surrounding white space
 * @param paragraph the paragraph it belongs to, counted from 0
 * @param text      the sentence ({@code span} applied to the text), line breaks inside it kept as they were
 */
public record Sentence(Span span, int paragraph, String text) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (paragraph < 0) {
            throw new IllegalArgumentException("Paragraphs are counted from 0, not " + paragraph);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("The text '" + text + "' does not fit the span " + span);
        }
    }
}
