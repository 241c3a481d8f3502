package org.imprimatur.checks.toxicity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.checks.toxicity.ToxicityModel.Thresholds;
import org.imprimatur.checks.toxicity.TrainingExample.Outputs;

/**
 * The classifier's figures on the validation split, per source: balanced accuracy of toxic against clean (for the
 * whole classifier and for the model alone), and precision, recall and F1 per category where the source labels it.
 * A sentence's predicted categories are none if it is not toxic, else its top category and every category scoring
 * {@value ToxicityAssessment#TOXIC_AT} or more.
 */
final class Validation {

    private static final int CHUNK = 2_000;
    private static final double STEP = 0.005;

    /** One validation sentence as the classifier and the learned model alone saw it. */
    record Scored(TrainingExample example, ToxicityAssessment assessment, double modelToxic) {

        Set<ToxicityCategory> predicted() {
            Set<ToxicityCategory> predicted = EnumSet.noneOf(ToxicityCategory.class);
            if (assessment.toxic()) {
                predicted.add(assessment.topCategory());
                assessment.categories().forEach((c, s) -> {
                    if (s >= ToxicityAssessment.TOXIC_AT) {
                        predicted.add(c);
                    }
                });
            }
            return predicted;
        }
    }

    private final Map<String, List<Scored>> bySource;

    private Validation(Map<String, List<Scored>> bySource) {
        this.bySource = bySource;
    }

    static Validation run(ToxicityClassifier classifier, ToxicityModel model, List<TrainingExample> validation,
                          Function<List<String>, List<float[]>> embed, Map<String, float[]> vectors) {
        Map<String, List<Scored>> bySource = new LinkedHashMap<>();
        for (int from = 0; from < validation.size(); from += CHUNK) {
            List<TrainingExample> chunk = validation.subList(from, Math.min(from + CHUNK, validation.size()));
            List<ToxicityAssessment> assessments = classifier.assess(chunk.stream().map(TrainingExample::text).toList(), embed);
            for (int i = 0; i < chunk.size(); i++) {
                TrainingExample example = chunk.get(i);
                bySource.computeIfAbsent(example.source(), k -> new ArrayList<>())
                        .add(new Scored(example, assessments.get(i), modelAlone(model, vectors.get(example.text()))));
            }
        }
        return new Validation(bySource);
    }

    /** The toxic score without the lexicon and without reported speech: what the learned model alone says. */
    private static double modelAlone(ToxicityModel model, float[] vector) {
        return ScoreCombiner.combine(model.toxic(vector), model.categories(vector), List.of()).toxic();
    }

    /**
     * The lowest scores (on a grid of {@value #STEP}) at which unreported findings reach the balanced precisions
     * given: true and false positive rates averaged over the sources, so that neither a large source nor a large
     * class dominates.
     */
    Thresholds calibrate(double mediumPrecision, double highPrecision) {
        double medium = lowestWithPrecision(mediumPrecision, ToxicityAssessment.TOXIC_AT);
        return new Thresholds(medium, lowestWithPrecision(highPrecision, medium));
    }

    private double lowestWithPrecision(double target, double from) {
        for (double t = from; t < 1; t += STEP) {
            double threshold = t;
            double tpr = 0;
            double fpr = 0;
            for (List<Scored> scored : bySource.values()) {
                Predicate<Scored> flagged = s -> s.assessment().score() >= threshold && !s.assessment().reportedSpeech();
                tpr += rate(scored, Scored::example, true, flagged);
                fpr += rate(scored, Scored::example, false, flagged);
            }
            if (tpr > 0 && tpr / (tpr + fpr) >= target) {
                return Math.round(threshold * 1000) / 1000.0;
            }
        }
        return 1.0;
    }

    private static double rate(List<Scored> scored, Function<Scored, TrainingExample> example, boolean toxic,
                               Predicate<Scored> flagged) {
        long total = scored.stream().filter(s -> example.apply(s).toxic() == toxic).count();
        long hits = scored.stream().filter(s -> example.apply(s).toxic() == toxic && flagged.test(s)).count();
        return total == 0 ? 0 : (double) hits / total;
    }

    private static double balancedAccuracy(List<Scored> scored, Predicate<Scored> flagged) {
        return (rate(scored, Scored::example, true, flagged) + 1 - rate(scored, Scored::example, false, flagged)) / 2;
    }

    /** The figures as the weights file records them. */
    JsonObject report() {
        JsonProvider json = JsonProvider.provider();
        JsonObjectBuilder report = json.createObjectBuilder();
        bySource.forEach((source, scored) -> {
            JsonObjectBuilder figures = json.createObjectBuilder()
                    .add("sentences", scored.size())
                    .add("toxic", scored.stream().filter(s -> s.example().toxic()).count())
                    .add("balancedAccuracy", round(balancedAccuracy(scored, s -> s.assessment().toxic())))
                    .add("balancedAccuracyModelAlone", round(balancedAccuracy(scored, s -> s.modelToxic() >= ToxicityAssessment.TOXIC_AT)));
            JsonObjectBuilder categories = json.createObjectBuilder();
            for (ToxicityCategory category : ToxicityCategory.values()) {
                categoryFigures(scored, category).ifPresent(f -> categories.add(category.wireName(),
                        json.createObjectBuilder().add("support", (int) f[0]).add("precision", round(f[1]))
                                .add("recall", round(f[2])).add("f1", round(f[3]))));
            }
            report.add(source, figures.add("categories", categories));
        });
        return report.build();
    }

    /** Support, precision, recall and F1 of one category over the sentences labelled for it, if any is positive. */
    private static Optional<double[]> categoryFigures(List<Scored> scored, ToxicityCategory category) {
        int output = Outputs.of(category);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Scored s : scored) {
            byte label = s.example().labels()[output];
            if (label == TrainingExample.UNKNOWN) {
                continue;
            }
            boolean predicted = s.predicted().contains(category);
            if (label == 1 && predicted) {
                truePositives++;
            } else if (label == 1) {
                falseNegatives++;
            } else if (predicted) {
                falsePositives++;
            }
        }
        int support = truePositives + falseNegatives;
        if (support == 0) {
            return Optional.empty();
        }
        double precision = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return Optional.of(new double[] {support, precision, recall, f1});
    }

    /** The figures as lines for the console. */
    String summary() {
        StringBuilder summary = new StringBuilder("validation:\n");
        JsonObject report = report();
        report.forEach((source, figures) -> summary.append("  ").append(source).append(": ").append(figures).append('\n'));
        return summary.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
