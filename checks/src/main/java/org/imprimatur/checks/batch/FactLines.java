package org.imprimatur.checks.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.checks.fact.ClaimAssessment;
import org.imprimatur.checks.fact.FactChecker;
import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.source.Passage;

/**
 * The {@code fact} engine of the batch command: one claim against the source texts given with it.
 * <pre>
 *   in:  {"id": "…", "claim": "…", "sources": ["text", …]}
 *   out: {"id": "…", "verdict": "supported|contradicted|unverifiable", "score": 0.0-1.0,
 *         "evidence": [{"source": 0, "text": "…", "score": 0.0-1.0}]}
 * </pre>
 * {@code score} is the probability that the sources support the claim; {@code evidence} lists the passages the
 * verdict rests on, strongest first, {@code source} being the index of the passage's text in {@code sources}.
 *
 * <p>Each line's sources are cut into sentence passages and embedded in one batch, as ingestion does for an item's
 * sources, and {@link FactChecker} assesses the claim against them exactly as the fact check does in review.
 *
 * <p><b>Threading:</b> safe for concurrent lines. <b>Resources:</b> holds the sentence embedder until {@link #close()}.
 */
public final class FactLines implements LineEvaluator {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String SOURCE_ID_PREFIX = "s";

    private final SentenceEmbedder embedder;
    private final FactChecker checker;
    private final TextSegmenter segmenter;

    private FactLines(SentenceEmbedder embedder, FactChecker checker, TextSegmenter segmenter) {
        this.embedder = embedder;
        this.checker = checker;
        this.segmenter = segmenter;
    }

    /**
     * Loads the embedder, the fact checker's models and the sentence detector; the caller closes the result.
     *
     * @throws RuntimeException if a model is missing or unreadable
     */
    public static FactLines open() {
        SentenceEmbedder embedder = SentenceEmbedder.load();
        try {
            return new FactLines(embedder, FactChecker.shared(), TextSegmenter.english());
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    @Override
    public JsonObject evaluate(JsonObject input) throws InvalidLineException {
        String claim = InputFields.string(input, "claim");
        if (claim.isBlank()) {
            throw new InvalidLineException(InvalidLineException.Reason.MISSING_FIELD, "field \"claim\" is empty");
        }
        List<String> sources = InputFields.strings(input, "sources");
        List<Passage> passages = new ArrayList<>();
        Map<String, Integer> sourceIndexes = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String sourceId = SOURCE_ID_PREFIX + i;
            sourceIndexes.put(sourceId, i);
            passages.addAll(segmenter.passages(sourceId, sources.get(i)));
        }
        List<float[]> vectors = passages.isEmpty() ? List.of() : embedder.embed(passages.stream().map(Passage::text).toList());
        ClaimAssessment assessment = checker.assess(claim, new PassageIndex(passages, vectors, embedder));

        JsonArrayBuilder evidence = JSON.createArrayBuilder();
        for (Evidence passage : assessment.evidence()) {
            evidence.add(JSON.createObjectBuilder()
                    .add("source", sourceIndexes.get(passage.sourceId()))
                    .add("text", passage.excerpt())
                    .add("score", passage.score()));
        }
        return JSON.createObjectBuilder()
                .add("verdict", assessment.verdict().name().toLowerCase(Locale.ROOT))
                .add("score", assessment.supportProbability())
                .add("evidence", evidence)
                .build();
    }

    /** Frees the sentence embedder. */
    @Override
    public void close() {
        embedder.close();
    }
}
