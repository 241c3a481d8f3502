package org.imprimatur.checks.fact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The probability that the sources support a claim: a logistic model over {@link SupportFeatures}, with the weights and
 * the decision threshold read from {@value #RESOURCE} next to this class. The file says how it was produced (see
 * {@code docs/checks.md}, "Fact check": calibrated on part of the WiCE development set, reported on the rest).
 *
 * <p><b>Threading:</b> immutable. <b>Failure:</b> {@link #load()} throws {@link IllegalStateException} if the file is
 * missing or lacks a weight.
 */
final class SupportModel {

    static final String RESOURCE = "fact-calibration.properties";

    private final String version;
    private final double bias;
    private final double[] weights;
    private final double threshold;

    SupportModel(String version, double bias, double[] weights, double threshold) {
        if (weights.length != SupportFeatures.NAMES.length) {
            throw new IllegalArgumentException(SupportFeatures.NAMES.length + " weights needed, not " + weights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("A threshold lies in (0, 1), not " + threshold);
        }
        this.version = version;
        this.bias = bias;
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    static SupportModel load() {
        Properties properties = new Properties();
        try (InputStream in = SupportModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The fact check's calibration " + RESOURCE
                        + " is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("The fact check's calibration " + RESOURCE + " could not be read: "
                    + e.getMessage(), e);
        }
        double[] weights = new double[SupportFeatures.NAMES.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(properties, "weight." + SupportFeatures.NAMES[i]);
        }
        return new SupportModel(properties.getProperty("version", "unversioned"), number(properties, "bias"), weights,
                number(properties, "threshold"));
    }

    double probability(SupportFeatures features) {
        double[] values = features.values();
        double z = bias;
        for (int i = 0; i < values.length; i++) {
            z += weights[i] * values[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The probability from which a claim counts as supported. */
    double threshold() {
        return threshold;
    }

    /** Names the calibration, for the ledger. */
    String version() {
        return version;
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("The fact check's calibration " + RESOURCE + " lacks " + key);
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The fact check's calibration " + RESOURCE + " has a non-number for "
                    + key + ": " + value, e);
        }
    }
}
