package org.imprimatur.checks.fact;

/**
 * The signals the support probability is computed from, each in a fixed range so that one set of weights fits every
 * claim.
 *
 * @param cosine       the best cosine between the claim and a single passage, in [0, 1]
 * @param windowCosine the cosine between the claim and the top passages taken together (their vectors' sum), in
 *                     [0, 1]: claims whose facts are spread over neighbouring sentences
 * @param coverage     the share of the claim's content-term weight that the evidence passages hold, in [0, 1]
 * @param uncovered    {@code ln(1 + n)} for the {@code n} content terms of the claim the evidence does not hold
 * @param numbers      the share of the claim's numbers the sources state too, 1 if it has none
 * @param dates        the share of the claim's date parts the sources state too, 1 if it has none
 * @param names        the share of the claim's names the sources mention too, 1 if it has none
 */
record SupportFeatures(double cosine, double windowCosine, double coverage, double uncovered, double numbers,
                       double dates, double names) {

    /** The names of the features in {@link #values()} order, as the calibration file spells them. */
    static final String[] NAMES = {"cosine", "windowCosine", "coverage", "uncovered", "numbers", "dates", "names"};

    double[] values() {
        return new double[] {cosine, windowCosine, coverage, uncovered, numbers, dates, names};
    }
}
