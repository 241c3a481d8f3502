package org.imprimatur.checks.toxicity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where the learned model and the lexicon meet. For a sentence with model probabilities {@code p} and
 * lexicon hits, where {@code l(c)} is the strength of the strongest hit of category {@code c} (0 if none):
 * <pre>
 *   model toxicity  m     = (p(toxic) + max over c of p(c)) / 2
 *   toxic score     s     = 1 − (1 − m) · (1 − max over c of l(c))
 *   category score  s(c)  = 1 − (1 − p(c)) · (1 − l(c))
 * </pre>
 * The model's two views of toxicity are averaged: the overall output learnt rude language mostly from Davidson's
 * tweets, the category outputs learnt what each kind of toxicity means mostly from sentences written for news, and
 * either alone is fooled by things the other gets right (a polite stereotype; a health clinic's "sexual"). On the
 * validation split the average matched the overall output on Davidson and beat it on ToxiGen (docs/checks.md).
 * Model and lexicon are then joined by a noisy-OR: either signal alone can make a sentence toxic, and agreement
 * makes it more so. The model reads
 * meaning (a threat without a rude word, hate in polite words, what is negated or condemned); the lexicon reads
 * spelling (a slur disguised as {@code "n1gg3r"} or {@code "f u c k"}, which tokenisation scatters and the model
 * misses). A lexicon word raises the score by its strength, so a mild word ({@code damn}, 0.35) flags nothing on
 * its own while a slur (0.9 and more) flags the sentence whatever the model says.
 *
 * <p>Whether toxic words are only quoted (reported speech) is decided afterwards, by {@link ToxicityClassifier}.
 */
final class ScoreCombiner {

    /** The combined scores of one sentence. */
    record Scores(double toxic, Map<ToxicityCategory, Double> categories) {
    }

    private ScoreCombiner() {
    }

    static Scores combine(double modelToxic, Map<ToxicityCategory, Double> modelCategories, List<LexiconHit> hits) {
        Map<ToxicityCategory, Double> lexicon = new EnumMap<>(ToxicityCategory.class);
        double strongest = 0;
        for (LexiconHit hit : hits) {
            lexicon.merge(hit.category(), hit.strength(), Math::max);
            strongest = Math.max(strongest, hit.strength());
        }
        Map<ToxicityCategory, Double> categories = new EnumMap<>(ToxicityCategory.class);
        for (ToxicityCategory category : ToxicityCategory.values()) {
            categories.put(category, noisyOr(modelCategories.get(category), lexicon.getOrDefault(category, 0.0)));
        }
        double model = (modelToxic + modelCategories.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)) / 2;
        return new Scores(noisyOr(model, strongest), categories);
    }

    private static double noisyOr(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }
}
