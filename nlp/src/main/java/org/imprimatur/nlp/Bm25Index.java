package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 ({@code k1 = 1.2}, {@code b = 0.75}, Lucene's always-positive idf) over the {@link Terms} of a fixed set
 * of documents, with scores brought into [0, 1].
 *
 * <p><b>Normalisation.</b> A query's raw BM25 is divided by its <em>ideal</em> score: what a document of average
 * length holding each query term once would get, the sum of the query terms' idf. The result reads as "how much of
 * the query's weight the document holds": 1 when it holds every query term, half when it holds terms carrying half the
 * query's weight (a rare name weighs more than a common word), clamped to 1 for documents that repeat terms or are
 * short. Unlike dividing by the best match found, it does not give a full score to a document that merely shares the
 * commonest word of a query, so it can be blended with cosine similarity as an absolute measure. Query terms no
 * document holds keep their (high) weight in the ideal: a query the sources cannot answer scores low.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once.
 */
final class Bm25Index {

    static final double K1 = 1.2;
    static final double B = 0.75;

    /** The documents that hold a term, and how often. */
    private record Postings(int[] documents, int[] frequencies) {
    }

    private final Map<String, Postings> postings;
    private final int[] lengths;
    private final double averageLength;

    Bm25Index(List<String> documents) {
        lengths = new int[documents.size()];
        Map<String, List<int[]>> occurrences = new HashMap<>();
        long total = 0;
        for (int doc = 0; doc < documents.size(); doc++) {
            List<String> terms = Terms.of(documents.get(doc));
            lengths[doc] = terms.size();
            total += terms.size();
            Map<String, Integer> counts = new HashMap<>();
            terms.forEach(term -> counts.merge(term, 1, Integer::sum));
            int document = doc;
            counts.forEach((term, count) ->
                    occurrences.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] {document, count}));
        }
        averageLength = documents.isEmpty() ? 0 : Math.max(1, (double) total / documents.size());
        Map<String, Postings> index = new HashMap<>(occurrences.size() * 2);
        occurrences.forEach((term, pairs) -> {
            int[] docs = new int[pairs.size()];
            int[] frequencies = new int[pairs.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = pairs.get(i)[0];
                frequencies[i] = pairs.get(i)[1];
            }
            index.put(term, new Postings(docs, frequencies));
        });
        postings = Map.copyOf(index);
    }

    /** Every document's score for {@code query}, in [0, 1], by document position; all 0 if it has no terms. */
    double[] scores(String query) {
        double[] scores = new double[lengths.length];
        double ideal = 0;
        for (String term : new LinkedHashSet<>(Terms.of(query))) {
            Postings found = postings.get(term);
            double idf = idf(found == null ? 0 : found.documents().length);
            ideal += idf;
            if (found != null) {
                for (int i = 0; i < found.documents().length; i++) {
                    int doc = found.documents()[i];
                    double tf = found.frequencies()[i];
                    scores[doc] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[doc] / averageLength));
                }
            }
        }
        if (ideal > 0) {
            for (int doc = 0; doc < scores.length; doc++) {
                scores[doc] = Math.min(1, scores[doc] / ideal);
            }
        }
        return scores;
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (lengths.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }
}
