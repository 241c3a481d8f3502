package org.imprimatur.app.rest;

import org.imprimatur.spi.source.Passage;

/** One sentence of a source, where it lies in the source's text. */
public record PassageView(int index, int paragraph, int start, int end, String text) {

    static PassageView of(Passage passage) {
        return new PassageView(passage.index(), passage.paragraph(), passage.span().start(), passage.span().end(),
                passage.text());
    }
}
