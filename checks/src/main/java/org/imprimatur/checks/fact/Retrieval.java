package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private final Integer[] ranked;

    private Retrieval(double[] cosine, double[] wording) {
        this.cosine = cosine;
        this.wording = wording;
        this.ranked = new Integer[cosine.length];
        Arrays.setAll(ranked, i -> i);
        Arrays.sort(ranked, Comparator.comparingDouble(this::score).reversed());
    }

    static Retrieval of(ClaimFacts claim, float[] vector, SourceView view) {
        double[] cosine = new double[view.size()];
        double[] wording = new double[view.size()];
        for (int i = 0; i < view.size(); i++) {
            cosine[i] = cosine(vector, view.vector(i));
            wording[i] = share(claim.terms(), view.terms(i), view);
        }
        return new Retrieval(cosine, wording);
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

    /** The cosine of two unit vectors, clamped to [0, 1] as {@code SourcePassages.similarity} does. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return Math.max(0, Math.min(1, dot));
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
        return List.of(ranked).subList(0, Math.min(TOP_PASSAGES, ranked.length));
    }

    /** The top passages and the neighbours of the best one: what a claim's words are looked up in. */
    List<Integer> evidence(SourceView view) {
        Set<Integer> evidence = new LinkedHashSet<>(top());
        if (!evidence.isEmpty()) {
            evidence.addAll(view.neighbours(ranked[0]));
        }
        return new ArrayList<>(evidence);
    }

    double bestCosine() {
        return Arrays.stream(cosine).max().orElse(0);
    }
}
