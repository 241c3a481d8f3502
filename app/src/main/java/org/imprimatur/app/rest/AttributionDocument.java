package org.imprimatur.app.rest;

import java.util.List;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.source.Attribution;

/**
 * Where one sentence of a draft came from, as the API shows it. An empty {@code sources} list is the explicit
 * "no source" mark.
 *
 * @param sentence the sentence's text
 * @param start    where it starts in the body (UTF-16 offset)
 * @param end      where it ends in the body, exclusive
 * @param sources  the passages it rests on, best first
 */
public record AttributionDocument(String sentence, int start, int end, List<SourceRef> sources) {

    static List<AttributionDocument> of(List<Attribution> attributions, String body) {
        return attributions.stream().map(attribution -> new AttributionDocument(attribution.sentence().of(body),
                attribution.sentence().start(), attribution.sentence().end(),
                attribution.sources().stream().map(SourceRef::of).toList())).toList();
    }

    /**
     * One source passage a sentence rests on.
     *
     * @param sourceId the source
     * @param passage  the passage's text
     * @param start    where it starts in the source's text
     * @param end      where it ends in the source's text, exclusive
     * @param score    how well the sentence rests on it, in [0, 1]
     */
    public record SourceRef(String sourceId, String passage, int start, int end, double score) {

        static SourceRef of(Evidence evidence) {
            return new SourceRef(evidence.sourceId(), evidence.excerpt(), evidence.passage().start(),
                    evidence.passage().end(), evidence.score());
        }
    }
}
