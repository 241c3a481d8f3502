package org.imprimatur.spi.source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The attribution as plain values, the form in which the ledger records it: spans as {@code [start, end]},
     * scores rounded to four decimals so that the record does not depend on floating-point printing.
     */
    public Map<String, Object> asMap() {
        List<Map<String, Object>> refs = sources.stream().map(evidence -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("sourceId", evidence.sourceId());
            ref.put("passage", List.of(evidence.passage().start(), evidence.passage().end()));
            ref.put("score", BigDecimal.valueOf(evidence.score()).setScale(4, RoundingMode.HALF_EVEN));
            return ref;
        }).toList();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sentence", List.of(sentence.start(), sentence.end()));
        map.put("sources", refs);
        return map;
    }

    /** Whether the sentence rests on no source at all. */
    public boolean unsourced() {
        return sources.isEmpty();
    }
}
