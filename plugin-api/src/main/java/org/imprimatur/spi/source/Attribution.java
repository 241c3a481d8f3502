package org.imprimatur.spi.source;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Span;

/**
 * Where one sentence of generated text came from, down to the source sentence: the copyright and audit record
 * of a draft.
 *
 * @param sentence where the sentence lies in the generated body
 * @param sources  the source passages it rests on, best first, each with its similarity score; empty is the
 *                 explicit "no source" mark
 */
public record Attribution(Span sentence, List<Evidence> sources) {

    public Attribution {
        Objects.requireNonNull(sentence, "sentence");
        sources = List.copyOf(sources);
    }

    /** Whether the sentence rests on no source at all. */
    public boolean unsourced() {
        return sources.isEmpty();
    }
}
