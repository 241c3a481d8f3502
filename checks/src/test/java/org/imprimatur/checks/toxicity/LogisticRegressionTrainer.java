package org.imprimatur.checks.toxicity;

import java.util.Arrays;
import java.util.List;

import org.imprimatur.checks.toxicity.ToxicityModel.Head;

/**
 * Trains one logistic regression per output on shared inputs, each on the examples whose label for it is known:
 * full-batch gradient descent with Adam on the weighted log loss plus an L2 penalty on the weights (not the bias).
 *
 * <p>Weights balance sources and classes: within an output, every example starts with its source's share divided by
 * the source's size, and positives and negatives are then scaled to half the total each, so that 0.5 is the
 * balanced decision point whatever the class ratio. Sums run in a fixed order on one thread, so the same data gives
 * the same weights to the bit.
 */
final class LogisticRegressionTrainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double l2;
    private final double learningRate;
    private final int iterations;

    LogisticRegressionTrainer(double l2, double learningRate, int iterations) {
        this.l2 = l2;
        this.learningRate = learningRate;
        this.iterations = iterations;
    }

    /**
     * @param inputs       one vector per example
     * @param labels       per example, per output: 1, 0 or {@link TrainingExample#UNKNOWN}
     * @param sourceWeight per example, its source's share divided by the source's size
     */
    Head[] train(List<float[]> inputs, List<byte[]> labels, double[] sourceWeight) {
        int outputs = labels.get(0).length;
        Head[] heads = new Head[outputs];
        for (int output = 0; output < outputs; output++) {
            heads[output] = trainOne(inputs, labels, sourceWeight, output);
        }
        return heads;
    }

    private Head trainOne(List<float[]> inputs, List<byte[]> labels, double[] sourceWeight, int output) {
        int n = inputs.size();
        int d = inputs.get(0).length;
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < n; i++) {
            byte label = labels.get(i)[output];
            if (label == 1) {
                positive += sourceWeight[i];
            } else if (label == 0) {
                negative += sourceWeight[i];
            }
        }
        if (positive == 0 || negative == 0) {
            throw new IllegalArgumentException("Output " + output + " has no positive or no negative example");
        }
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            byte label = labels.get(i)[output];
            weight[i] = label == 1 ? sourceWeight[i] / (2 * positive) : label == 0 ? sourceWeight[i] / (2 * negative) : 0;
        }

        double[] w = new double[d + 1]; // the bias last
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        double[] gradient = new double[d + 1];
        for (int step = 1; step <= iterations; step++) {
            Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                if (weight[i] == 0) {
                    continue;
                }
                float[] x = inputs.get(i);
                double z = w[d];
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[j];
                }
                double error = weight[i] * (1 / (1 + Math.exp(-z)) - labels.get(i)[output]);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * x[j];
                }
                gradient[d] += error;
            }
            for (int j = 0; j < d; j++) {
                gradient[j] += l2 * w[j];
            }
            double correction1 = 1 - Math.pow(BETA1, step);
            double correction2 = 1 - Math.pow(BETA2, step);
            for (int j = 0; j <= d; j++) {
                m[j] = BETA1 * m[j] + (1 - BETA1) * gradient[j];
                v[j] = BETA2 * v[j] + (1 - BETA2) * gradient[j] * gradient[j];
                w[j] -= learningRate * (m[j] / correction1) / (Math.sqrt(v[j] / correction2) + EPSILON);
            }
        }
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) {
            weights[j] = (float) w[j];
        }
        return new Head(weights, w[d]);
    }
}
