package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses excerpts by maximal marginal relevance (Carbonell and Goldstein, 1998): each step takes the candidate
 * with the best {@code lambda × relevance − (1 − lambda) × similarity to what is already chosen}, so a sentence
 * that repeats a chosen one in other words loses to a less relevant one that adds something. Candidates at least
 * {@link #NEAR_DUPLICATE} similar to a chosen one are dropped outright: whatever their relevance, they say the
 * same thing again. Only candidates that still fit the {@link WordBudget} are considered, and choosing stops once
 * the target is reached or nothing fits.
 *
 * <p>Deterministic: ties go to the candidate earlier in the pool. Immutable; safe to use from several threads.
 */
final class MarginalRelevance {

    /** Sentences this similar are paraphrases of each other (wire copy lightly rewritten). */
    static final double NEAR_DUPLICATE = 0.9;

    private final double lambda;

    /**
     * @param lambda the weight of relevance against novelty, in [0, 1]; 1 ranks by relevance alone
     */
    MarginalRelevance(double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("MMR lambda lies in [0, 1], not " + lambda);
        }
        this.lambda = lambda;
    }

    /**
     * @param pool   the candidates, in source order
     * @param budget how many words to choose
     * @return the chosen candidates in the order chosen: the most relevant first
     */
    List<Candidate> select(List<Candidate> pool, WordBudget budget) {
        boolean[] taken = new boolean[pool.size()];
        double[] closest = new double[pool.size()]; // similarity to the closest chosen candidate
        List<Candidate> chosen = new ArrayList<>();
        int written = 0;
        while (!budget.reached(written)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                Candidate candidate = pool.get(i);
                if (taken[i] || closest[i] >= NEAR_DUPLICATE || !budget.fits(written, candidate.words())) {
                    continue;
                }
                double score = lambda * candidate.relevance() - (1 - lambda) * closest[i];
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            Candidate pick = pool.get(best);
            taken[best] = true;
            chosen.add(pick);
            written += pick.words();
            for (int i = 0; i < pool.size(); i++) {
                if (!taken[i]) {
                    closest[i] = Math.max(closest[i], pick.similarity(pool.get(i)));
                }
            }
        }
        return chosen;
    }
}
