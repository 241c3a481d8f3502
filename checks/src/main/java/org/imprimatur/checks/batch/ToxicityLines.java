package org.imprimatur.checks.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.checks.toxicity.ToxicityAssessment;
import org.imprimatur.checks.toxicity.ToxicityCategory;
import org.imprimatur.checks.toxicity.ToxicityClassifier;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;

/**
 * The {@code toxicity} engine of the batch command: how toxic one text is, by category.
 * <pre>
 *   in:  {"id": "…", "text": "…"}
 *   out: {"id": "…", "toxic": true|false, "score": 0.0-1.0,
 *         "categories": {"hate": 0.0-1.0, "harassment": …, "threat": …, "sexual": …, "self-harm": …, "profanity": …}}
 * </pre>
 * The text is judged as the toxicity check judges a revision: cut into sentences, all of them embedded in one batch
 * and assessed by {@link ToxicityClassifier}. A text is as toxic as its most toxic sentence: {@code score} is the
 * highest sentence score, each category's score the highest of the sentences', and {@code toxic} says whether that
 * score reaches {@link ToxicityAssessment#TOXIC_AT}. A one-sentence text is judged exactly as that sentence; a blank
 * text scores 0.
 *
 * <p><b>Threading:</b> safe for concurrent lines. <b>Resources:</b> holds the sentence embedder until {@link #close()}.
 */
public final class ToxicityLines implements LineEvaluator {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final SentenceEmbedder embedder;
    private final ToxicityClassifier classifier;
    private final TextSegmenter segmenter;

    private ToxicityLines(SentenceEmbedder embedder, ToxicityClassifier classifier, TextSegmenter segmenter) {
        this.embedder = embedder;
        this.classifier = classifier;
        this.segmenter = segmenter;
    }

    /**
     * Loads the embedder, the classifier's weights and lexicon and the sentence detector; the caller closes the result.
     *
     * @throws IllegalStateException if the weights were trained on other embeddings than the bundled embedder makes
     * @throws RuntimeException      if a model is missing or unreadable
     */
    public static ToxicityLines open() {
        SentenceEmbedder embedder = SentenceEmbedder.load();
        try {
            ToxicityClassifier classifier = ToxicityClassifier.load();
            if (!classifier.embeddingModel().equals(embedder.modelName())) {
                throw new IllegalStateException("The toxicity weights were trained on " + classifier.embeddingModel()
                        + " embeddings, but the bundled embedder is " + embedder.modelName());
            }
            return new ToxicityLines(embedder, classifier, TextSegmenter.english());
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    @Override
    public JsonObject evaluate(JsonObject input) throws InvalidLineException {
        String text = InputFields.string(input, "text");
        List<String> sentences = segmenter.sentences(text).stream().map(Sentence::text).toList();
        double score = 0;
        Map<ToxicityCategory, Double> categories = new EnumMap<>(ToxicityCategory.class);
        for (ToxicityCategory category : ToxicityCategory.values()) {
            categories.put(category, 0.0);
        }
        for (ToxicityAssessment sentence : classifier.assess(sentences, embedder::embed)) {
            score = Math.max(score, sentence.score());
            sentence.categories().forEach((category, probability) -> categories.merge(category, probability, Math::max));
        }
        JsonObjectBuilder byCategory = JSON.createObjectBuilder();
        categories.forEach((category, probability) -> byCategory.add(category.wireName(), probability));
        return JSON.createObjectBuilder()
                .add("toxic", score >= ToxicityAssessment.TOXIC_AT)
                .add("score", score)
                .add("categories", byCategory)
                .build();
    }

    /** Frees the sentence embedder. */
    @Override
    public void close() {
        embedder.close();
    }
}
