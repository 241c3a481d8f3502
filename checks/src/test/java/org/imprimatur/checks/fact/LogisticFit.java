package org.imprimatur.checks.fact;

import java.util.List;

/**
 * Logistic regression by gradient descent, with classes weighted to count equally and an L2 penalty on the weights
 * (not the bias): enough for the fact check's handful of features and hundred-odd calibration claims.
 */
final class LogisticFit {

    private static final int ITERATIONS = 20_000;
    private static final double LEARNING_RATE = 0.5;

    private LogisticFit() {
    }

    /** @return the bias followed by one weight per feature */
    static double[] fit(List<double[]> features, List<Boolean> labels, double l2) {
        int n = features.size();
        int d = features.get(0).length;
        long positives = labels.stream().filter(Boolean::booleanValue).count();
        double positiveWeight = n / (2.0 * Math.max(1, positives));
        double negativeWeight = n / (2.0 * Math.max(1, n - positives));
        double[] weights = new double[d + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double[] x = features.get(i);
                double z = weights[0];
                for (int j = 0; j < d; j++) {
                    z += weights[j + 1] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                boolean positive = labels.get(i);
                double error = (p - (positive ? 1 : 0)) * (positive ? positiveWeight : negativeWeight);
                gradient[0] += error;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * x[j];
                }
            }
            for (int j = 0; j <= d; j++) {
                double penalty = j == 0 ? 0 : l2 * weights[j];
                weights[j] -= LEARNING_RATE * (gradient[j] / n + penalty);
            }
        }
        return weights;
    }
}
