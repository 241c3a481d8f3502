package org.imprimatur.generation.drafting.grounded;

import java.util.List;

import org.imprimatur.spi.source.SourcePassages;

/**
 * An excerpt the drafter may use, and how well it answers the brief.
 *
 * @param excerpt   the excerpt
 * @param relevance the best hybrid search score (embedding cosine and BM25) of its sentences for the brief, in
 *                  [0, 1]; what selection ranks by
 * @param vectors   the stored embeddings of its sentences, in order
 * @param words     the excerpt's length in words, counted once since selection asks for it often
 */
record Candidate(Excerpt excerpt, double relevance, List<float[]> vectors, int words) {

    Candidate {
        vectors = List.copyOf(vectors);
    }

    static Candidate of(Excerpt excerpt, double relevance, List<float[]> vectors) {
        return new Candidate(excerpt, relevance, vectors, excerpt.words());
    }

    /**
     * How much two candidates say the same: the similarity of their closest pair of sentences, so that an excerpt
     * repeating any sentence of another counts as redundant however long either is.
     */
    double similarity(Candidate other) {
        double closest = 0;
        for (float[] mine : vectors) {
            for (float[] theirs : other.vectors) {
                closest = Math.max(closest, SourcePassages.similarity(mine, theirs));
            }
        }
        return closest;
    }
}
