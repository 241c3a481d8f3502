package org.imprimatur.checks.toxicity;

import java.util.Objects;

/**
 * One labelled sentence for training or validating the toxicity model.
 *
 * @param text    the sentence
 * @param source  the data set it comes from: {@code davidson}, {@code toxigen} or {@code cases}
 * @param stratum what the split keeps in proportion within the source (its original label or kind)
 * @param labels  per output of {@link Outputs}: 1 yes, 0 no, {@link #UNKNOWN} when the source does not say
 */
record TrainingExample(String text, String source, String stratum, byte[] labels) {

    static final byte UNKNOWN = -1;

    TrainingExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stratum, "stratum");
        if (labels.length != Outputs.COUNT) {
            throw new IllegalArgumentException("One label per output: " + labels.length);
        }
    }

    boolean toxic() {
        return labels[Outputs.TOXIC] == 1;
    }

    /** The model's outputs: overall toxicity, then one per category in declaration order. */
    static final class Outputs {
        static final int TOXIC = 0;
        static final int COUNT = 1 + ToxicityCategory.values().length;

        static int of(ToxicityCategory category) {
            return 1 + category.ordinal();
        }

        static String name(int output) {
            return output == TOXIC ? ToxicityModel.TOXIC : ToxicityCategory.values()[output - 1].wireName();
        }

        private Outputs() {
        }
    }
}
