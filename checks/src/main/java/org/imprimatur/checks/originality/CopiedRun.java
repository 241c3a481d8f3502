package org.imprimatur.checks.originality;

import org.imprimatur.spi.check.Span;

/**
 * A stretch of a revision that repeats a stretch of one source word for word, or nearly: a few words changed, added
 * or left out here and there. Quoted words of the revision are not counted, and the spans start and end at words
 * that are not quoted.
 *
 * @param source        the index of the source in the list the {@link CopyFinder} was built from
 * @param body          where the run lies in the revision body
 * @param sourceSpan    where the words it repeats lie in the source's text
 * @param words         the words of the run outside quotations
 * @param verbatimWords those of them that are the source's words in the source's order
 */
record CopiedRun(int source, Span body, Span sourceSpan, int words, int verbatimWords) {

    /** The share of the run's words that are copied word for word, in (0, 1]. */
    double verbatimShare() {
        return (double) verbatimWords / words;
    }
}
