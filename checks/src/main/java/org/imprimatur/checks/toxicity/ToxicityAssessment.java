package org.imprimatur.checks.toxicity;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imprimatur.spi.check.Span;

/**
 * What the toxicity classifier concluded about one sentence.
 *
 * @param score          the probability that the sentence is toxic at all, in [0, 1]
 * @param categories     for every category, the probability that the sentence belongs to it, in [0, 1]
 * @param spans          what to show a reviewer, as offsets into the sentence: the offending words where the lexicon
 *                       found them, else the quotations of reported speech, else the whole sentence; empty when the
 *                       sentence is not {@link #toxic()}
 * @param reportedSpeech whether the toxic words are quoted in a reporting frame (the council condemned the graffiti,
 *                       which read "..."), so that the sentence reports toxic language rather than uses it
 */
public record ToxicityAssessment(double score, Map<ToxicityCategory, Double> categories, List<Span> spans,
                                 boolean reportedSpeech) {

    /** The score from which a sentence counts as toxic: the point the classifier was trained to decide at. */
    public static final double TOXIC_AT = 0.5;

    public ToxicityAssessment {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A toxicity score lies in [0, 1], not " + score);
        }
        Objects.requireNonNull(categories, "categories");
        if (!categories.keySet().containsAll(List.of(ToxicityCategory.values()))) {
            throw new IllegalArgumentException("Every category needs a score: " + categories.keySet());
        }
        categories = Collections.unmodifiableMap(new EnumMap<>(categories));
        spans = List.copyOf(spans);
    }

    /** Whether the sentence counts as toxic: {@link #score()} at or above {@value #TOXIC_AT}. */
    public boolean toxic() {
        return score >= TOXIC_AT;
    }

    /** The category with the highest probability (the first in declaration order on a tie). */
    public ToxicityCategory topCategory() {
        return categories.entrySet().stream()
                .max(Comparator.comparingDouble((Map.Entry<ToxicityCategory, Double> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
