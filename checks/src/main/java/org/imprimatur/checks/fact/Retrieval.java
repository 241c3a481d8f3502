package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The source passages ranked for one claim, by a blend of meaning (cosine of the claim's vector and the passage's
 * stored one) and wording (the share of the claim's content-term weight the passage holds, terms weighted by how rare
 * they are across the passages). Computed from stored vectors, so a claim is embedded once however many passages there
 * are.
 */
final class Retrieval {

    /** The share of the ranking score that comes from meaning. */
    static final double MEANING_WEIGHT = 0.6;
    /** How many of the best passages form the evidence a claim is compared with. */
    static final int TOP_PASSAGES = 5;

    private final double[] cosine;
    private final double[] wording;
    private final List<Integer> top;

    private Retrieval(double[] cosine, double[] wording) {
        this.cosine = cosine;
        this.wording = wording;
        this.top = best(TOP_PASSAGES);
    }

    /**
     * The passages ranked for one claim.
     *
     * @param cosine the claim's cosine with each passage, in the view's order ({@link #cosines})
     */
    static Retrieval of(ClaimFacts claim, double[] cosine, SourceView view) {
        double[] wording = new double[view.size()];
        double total = 0;
        for (String term : claim.terms()) {
            double weight = view.weight(term);
            total += weight;
            for (int holder : view.holders(term)) {
                wording[holder] += weight;
            }
        }
        for (int i = 0; total > 0 && i < wording.length; i++) {
            wording[i] /= total;
        }
        return new Retrieval(cosine, wording);
    }

    /**
     * The cosine of each claim vector with each passage's stored one, {@code [claim][passage]}. Passages are the outer
     * loop, so that each stored vector is fetched once for all the claims rather than once a claim: the
     * passages' vectors together (900 KB for 600 passages) outgrow a core's own caches, the claims' do not.
     */
    static double[][] cosines(List<float[]> claims, SourceView view) {
        double[][] cosines = new double[claims.size()][view.size()];
        // Both cores, each over its own share of the passages: every cell is written once, by one thread.
        IntStream.range(0, view.size()).parallel().forEach(passage -> {
            float[] stored = view.vector(passage);
            for (int claim = 0; claim < claims.size(); claim++) {
                cosines[claim][passage] = cosine(claims.get(claim), stored);
            }
        });
        return cosines;
    }

    /** The share of {@code terms}' weight that {@code held} holds, in [0, 1]; 0 for no terms. */
    static double share(Set<String> terms, Set<String> held, SourceView view) {
        double total = 0;
        double found = 0;
        for (String term : terms) {
            double weight = view.weight(term);
            total += weight;
            if (held.contains(term)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** {@code vector} scaled to unit length (zeros stay zeros). */
    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = vector[d] * scale;
        }
        return unit;
    }

    /** The cosine of two unit vectors, clamped to [0, 1] as {@code SourcePassages.similarity} does. */
    static double cosine(float[] a, float[] b) {
        // Four running sums let the processor overlap the additions; this loop is most of a claim's cost.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return Math.max(0, Math.min(1, (double) s0 + s1 + s2 + s3));
    }

    double cosine(int passage) {
        return cosine[passage];
    }

    double wording(int passage) {
        return wording[passage];
    }

    /** The ranking score of a passage, in [0, 1]. */
    double score(int passage) {
        return MEANING_WEIGHT * cosine[passage] + (1 - MEANING_WEIGHT) * wording[passage];
    }

    /** The best {@value #TOP_PASSAGES} passages (fewer if the sources have fewer), best first. */
    List<Integer> top() {
        return top;
    }

    /** The top passages and the neighbours of the best one: what a claim's words are looked up in. */
    List<Integer> evidence(SourceView view) {
        Set<Integer> evidence = new LinkedHashSet<>(top);
        if (!top.isEmpty()) {
            evidence.addAll(view.neighbours(top.get(0)));
        }
        return new ArrayList<>(evidence);
    }

    /** The {@code count} best-scoring passages, best first, ties in passage order: a selection, not a sort. */
    private List<Integer> best(int count) {
        List<Integer> best = new ArrayList<>(count + 1);
        for (int i = 0; i < cosine.length; i++) {
            double score = score(i);
            int at = best.size();
            while (at > 0 && score(best.get(at - 1)) < score) {
                at--;
            }
            if (at < count) {
                best.add(at, i);
                if (best.size() > count) {
                    best.remove(count);
                }
            }
        }
        return List.copyOf(best);
    }

    double bestCosine() {
        return Arrays.stream(cosine).max().orElse(0);
    }
}
