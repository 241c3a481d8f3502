package org.imprimatur.generation.drafting.grounded;

/**
 * The length a draft aims at: the target, with a tolerance of 15 % above it. A draft is long enough once it
 * reaches the target and may never pass the upper bound; since it grows by whole excerpts, it usually ends a few
 * words over the target. It ends shorter only when the sources run out of relevant material.
 *
 * @param target the words the brief asks for
 */
record WordBudget(int target) {

    /** How far a draft may run over its target, as a fraction of it. */
    static final double TOLERANCE = 0.15;

    WordBudget {
        if (target <= 0) {
            throw new IllegalArgumentException("A word budget must be positive, not " + target);
        }
    }

    int upperBound() {
        return (int) Math.floor(target * (1 + TOLERANCE));
    }

    /** Whether {@code more} words still fit after {@code written}. */
    boolean fits(int written, int more) {
        return written + more <= upperBound();
    }

    boolean reached(int written) {
        return written >= target;
    }
}
