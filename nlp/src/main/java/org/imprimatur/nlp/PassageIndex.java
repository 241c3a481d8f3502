package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Hybrid search over a fixed set of passages and their stored vectors. A passage's score for a query is
 * <pre>
 *   {@value #MEANING_WEIGHT} × cosine(query vector, passage vector)  +  {@value #WORDING_WEIGHT} × normalised BM25
 * </pre>
 * with the cosine clamped to [0, 1] as {@link SourcePassages#similarity} does and BM25 normalised as
 * {@link Bm25Index} explains; the sum lies in [0, 1]. Meaning carries most of the weight, so paraphrases are found;
 * wording lifts the passages that share the query's rare words (names, places, numbers), which a sentence
 * embedding blurs. The query is embedded once per search; passages never are.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once. It does not own the embedder: whoever
 * loaded it closes it, after the last search.
 */
public final class PassageIndex implements SourcePassages {

    /** The share of a score that comes from meaning (cosine similarity of embeddings). */
    public static final double MEANING_WEIGHT = 0.7;
    /** The share of a score that comes from wording (BM25). */
    public static final double WORDING_WEIGHT = 0.3;

    private static final double UNIT_LENGTH_TOLERANCE = 1e-3;

    private final List<Passage> passages;
    private final float[][] vectors;
    private final Map<Passage, Integer> positions;
    private final Bm25Index wording;
    private final SentenceEmbedder embedder;

    /**
     * @param passages the passages, sources in order and each source's passages in text order
     * @param vectors  each passage's stored embedding, made by {@code embedder}'s model, in the same order
     * @param embedder embeds queries; must be the model the vectors came from
     * @throws IllegalArgumentException if the lists differ in length, a passage occurs twice, or a vector is not of
     *                                  the embedder's dimensions and unit length
     */
    public PassageIndex(List<Passage> passages, List<float[]> vectors, SentenceEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.passages = List.copyOf(passages);
        if (vectors.size() != this.passages.size()) {
            throw new IllegalArgumentException(this.passages.size() + " passages but " + vectors.size() + " vectors");
        }
        this.vectors = new float[vectors.size()][];
        this.positions = new HashMap<>(this.passages.size() * 2);
        for (int i = 0; i < this.passages.size(); i++) {
            Passage passage = this.passages.get(i);
            this.vectors[i] = checkedVector(passage, vectors.get(i), embedder.dimensions());
            if (positions.put(passage, i) != null) {
                throw new IllegalArgumentException("The passage " + passage.sourceId() + "#" + passage.index()
                        + " occurs twice");
            }
        }
        this.wording = new Bm25Index(this.passages.stream().map(Passage::text).toList());
    }

    @Override
    public List<Passage> all() {
        return passages;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Scores are in [0, 1] as the class describes; ties keep passage order. An empty index answers without
     * embedding the query.
     *
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    @Override
    public List<ScoredPassage> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("A search limit is not negative: " + limit);
        }
        if (limit == 0 || passages.isEmpty()) {
            return List.of();
        }
        float[] meaning = embedder.embed(List.of(query)).get(0);
        double[] lexical = wording.scores(query);
        double[] scores = new double[passages.size()];
        for (int i = 0; i < scores.length; i++) {
            double blended = MEANING_WEIGHT * SourcePassages.similarity(meaning, vectors[i]) + WORDING_WEIGHT * lexical[i];
            scores[i] = Math.max(0, Math.min(1, blended));
        }
        Integer[] best = new Integer[scores.length];
        Arrays.setAll(best, i -> i);
        Arrays.sort(best, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<ScoredPassage> results = new ArrayList<>(Math.min(limit, best.length));
        for (int rank = 0; rank < Math.min(limit, best.length); rank++) {
            results.add(new ScoredPassage(passages.get(best[rank]), scores[best[rank]]));
        }
        return results;
    }

    /** @throws IllegalArgumentException if the passage is not in this index */
    @Override
    public float[] vector(Passage passage) {
        Integer position = positions.get(passage);
        if (position == null) {
            throw new IllegalArgumentException("The passage " + passage.sourceId() + "#" + passage.index()
                    + " is not in this index");
        }
        return vectors[position];
    }

    @Override
    public String embeddingModel() {
        return embedder.modelName();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return embedder.embed(texts);
    }

    private static float[] checkedVector(Passage passage, float[] vector, int dimensions) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("The vector of " + passage.sourceId() + "#" + passage.index() + " has "
                    + vector.length + " dimensions, not " + dimensions);
        }
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        if (Math.abs(Math.sqrt(norm) - 1) > UNIT_LENGTH_TOLERANCE) {
            throw new IllegalArgumentException("The vector of " + passage.sourceId() + "#" + passage.index()
                    + " is not of unit length but " + Math.sqrt(norm));
        }
        return vector.clone();
    }
}
