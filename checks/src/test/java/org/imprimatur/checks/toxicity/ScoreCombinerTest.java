package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.imprimatur.checks.toxicity.ScoreCombiner.Scores;
import org.imprimatur.spi.check.Span;
import org.junit.jupiter.api.Test;

class ScoreCombinerTest {

    private static Map<ToxicityCategory, Double> model(double each) {
        Map<ToxicityCategory, Double> probabilities = new EnumMap<>(ToxicityCategory.class);
        for (ToxicityCategory category : ToxicityCategory.values()) {
            probabilities.put(category, each);
        }
        return probabilities;
    }

    private static LexiconHit hit(ToxicityCategory category, double strength) {
        return new LexiconHit("word", category, strength, new Span(0, 4));
    }

    @Test
    void withoutLexiconHitsTheModelsTwoViewsAreAveraged() {
        Map<ToxicityCategory, Double> categories = model(0.2);
        categories.put(ToxicityCategory.THREAT, 0.9);
        Scores scores = ScoreCombiner.combine(0.3, categories, List.of());
        assertEquals((0.3 + 0.9) / 2, scores.toxic(), 1e-12, "overall output and the most likely category");
        assertEquals(0.2, scores.categories().get(ToxicityCategory.HATE), 1e-12);
        assertEquals(0.9, scores.categories().get(ToxicityCategory.THREAT), 1e-12);
    }

    @Test
    void aStrongLexiconWordFlagsWhatTheModelMissed() {
        Scores scores = ScoreCombiner.combine(0.1, model(0.05), List.of(hit(ToxicityCategory.HATE, 0.95)));
        assertTrue(scores.toxic() >= ToxicityAssessment.TOXIC_AT);
        assertTrue(scores.categories().get(ToxicityCategory.HATE) > 0.95);
        assertEquals(0.05, scores.categories().get(ToxicityCategory.THREAT), 1e-12, "other categories untouched");
    }

    @Test
    void aMildWordAloneFlagsNothing() {
        Scores scores = ScoreCombiner.combine(0.1, model(0.05), List.of(hit(ToxicityCategory.PROFANITY, 0.35)));
        assertTrue(scores.toxic() < ToxicityAssessment.TOXIC_AT, () -> "score " + scores.toxic());
    }

    @Test
    void agreementRaisesTheScoreAndTheStrongestWordOfACategoryCounts() {
        Scores one = ScoreCombiner.combine(0.6, model(0.6), List.of(hit(ToxicityCategory.PROFANITY, 0.5)));
        Scores two = ScoreCombiner.combine(0.6, model(0.6), List.of(hit(ToxicityCategory.PROFANITY, 0.5),
                hit(ToxicityCategory.PROFANITY, 0.8)));
        assertTrue(one.toxic() > 0.6);
        assertTrue(two.toxic() > one.toxic());
        assertEquals(1 - 0.4 * 0.2, two.categories().get(ToxicityCategory.PROFANITY), 1e-12);
    }
}
