package org.imprimatur.spi.source;

import java.util.List;

/**
 * The stored passages of a set of sources, and search over them: what drafting and checks draw on. Vectors are
 * the ones computed when each source was ingested; nothing here re-embeds a source.
 *
 * <p><b>Threading:</b> safe to use from several threads at once.
 */
public interface SourcePassages {

    /** Every passage: sources in the order they were given, each source's passages in text order. */
    List<Passage> all();

    /**
     * The passages that best match {@code query}, combining meaning (cosine similarity of sentence embeddings)
     * with wording (BM25), best first.
     *
     * @param query what to look for: a brief, a claim, a sentence
     * @param limit at most this many results
     */
    List<ScoredPassage> search(String query, int limit);

    /** The passage's stored embedding, of unit length. Callers must not modify the array. */
    float[] vector(Passage passage);

    /**
     * Embeds texts with the same model the passages were embedded with, in one batch.
     *
     * @return one unit-length vector per text, in the same order
     */
    List<float[]> embed(List<String> texts);

    /** The name of the model the vectors come from, as model cards record it, e.g. {@code all-MiniLM-L6-v2-q}. */
    String embeddingModel();

    /** The cosine similarity of two unit-length vectors, clamped to [0, 1] (opposite meanings count as unrelated). */
    static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Vectors of different dimensions: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return Math.max(0, Math.min(1, dot));
    }
}
