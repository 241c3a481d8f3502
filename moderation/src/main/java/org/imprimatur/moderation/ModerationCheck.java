package org.imprimatur.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.generation.drafting.llm.ModelServer;
import org.imprimatur.generation.drafting.llm.ModelServerConfig;
import org.imprimatur.nlp.NlpModelException;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.drafting.DraftingException;

/**
 * The moderation check (id {@value #ID}): asks an external service speaking OpenAI's moderation protocol
 * ({@code POST <base-url>/moderations} with {@code {"model", "input": [sentences]}}, answered with one
 * {@code results[]} entry per sentence) about every sentence of a revision, and reports each sentence it flags as a
 * {@link Verdict#FLAGGED} finding in the toxicity check's categories ({@link ModerationCategories}), spanning the
 * sentence.
 *
 * <p><b>Optional, off by default:</b> without {@code imprimatur.check.moderation.base-url} it is not
 * {@link #configured()}, so Imprimatur neither runs nor lists it and no text leaves the machine. Its configuration is
 * a model server's ({@link ModelServerConfig}: {@code base-url}, {@code api-key}, {@code timeout},
 * {@code connect-timeout}, and for Azure {@code api-version}, {@code deployment}), with {@code model} defaulting to
 * {@value #DEFAULT_MODEL}. The HTTP exchange, its time-outs and the wording of its failures are the drafting
 * providers' ({@link ModelServer}).
 *
 * <p><b>Threading:</b> safe for concurrent checks once initialised. <b>Failure:</b> a service that cannot be reached,
 * refuses the key, fails, times out or answers something else than the protocol's results is a
 * {@link CheckFailedException} naming what to fix, which the workflow records as a {@code check-failed} finding.
 */
public final class ModerationCheck implements ContentCheck {

    public static final String ID = "moderation";
    static final String DEFAULT_MODEL = "omni-moderation-latest";
    /** Sentences sent in one request: a long article takes a few requests rather than one huge one. */
    static final int SENTENCES_PER_REQUEST = 32;

    private static final JsonProvider JSON = JsonProvider.provider();

    private volatile ModelServer server;
    private volatile String model = DEFAULT_MODEL;

    @Override
    public String id() {
        return ID;
    }

    /** @throws IllegalStateException if a base URL or time-out is set but unusable */
    @Override
    public void init(ProviderConfig config) {
        ModelServerConfig serverConfig = ModelServerConfig.read("imprimatur.check." + ID, config);
        model = config.get("model").map(String::strip).filter(value -> !value.isEmpty()).orElse(DEFAULT_MODEL);
        server = serverConfig.hasServer() ? new ModelServer(serverConfig, JSON) : null;
    }

    /** Only with a base URL: without one there is nobody to ask. */
    @Override
    public boolean configured() {
        return server != null;
    }

    /** Sends the revision's text out of the building. */
    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException {
        ModelServer server = this.server;
        if (server == null) {
            throw new CheckFailedException("The moderation check has no service to ask: set imprimatur.check."
                    + ID + ".base-url");
        }
        List<Sentence> sentences = sentences(revision.body() == null ? "" : revision.body());
        List<Finding> findings = new ArrayList<>();
        String answeredModel = model;
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_REQUEST) {
            List<Sentence> batch = sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_REQUEST));
            JsonObject answer = ask(server, batch);
            answeredModel = answer.getString("model", answeredModel);
            List<JsonObject> results = results(server, answer, batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Sentence sentence = batch.get(i);
                JsonObject result = results.get(i);
                ModerationCategories.assess(flags(result), scores(result)).ifPresent(assessment -> findings.add(
                        new Finding(sentence.span(), assessment.category(), assessment.severity(), Verdict.FLAGGED,
                                assessment.score(), "The moderation service at " + server.config().origin()
                                + " flags this sentence as " + assessment.category() + " ("
                                + String.join(", ", assessment.serviceCategories()) + ", score "
                                + String.format(Locale.ROOT, "%.2f", assessment.score()) + ").",
                                List.of())));
            }
        }
        return new CheckReport(ID, findings, Map.of("moderation", answeredModel));
    }

    private JsonObject ask(ModelServer server, List<Sentence> batch) throws CheckFailedException {
        JsonObject request = JSON.createObjectBuilder()
                .add("model", model)
                .add("input", JSON.createArrayBuilder(batch.stream().map(Sentence::text).toList()))
                .build();
        try {
            return server.post("/moderations", request);
        } catch (DraftingException e) {
            throw new CheckFailedException(e.getMessage(), e);
        }
    }

    private static List<JsonObject> results(ModelServer server, JsonObject answer, int expected)
            throws CheckFailedException {
        if (!(answer.get("results") instanceof JsonArray results) || results.size() != expected
                || results.stream().anyMatch(result -> result.getValueType() != JsonValue.ValueType.OBJECT)) {
            throw new CheckFailedException(server.malformed("an answer without one result per sentence ("
                    + expected + " sent)").getMessage());
        }
        return results.getValuesAs(JsonObject.class);
    }

    private static Map<String, Boolean> flags(JsonObject result) {
        Map<String, Boolean> flags = new HashMap<>();
        if (result.get("categories") instanceof JsonObject categories) {
            categories.forEach((name, value) -> flags.put(name, value == JsonValue.TRUE));
        }
        return flags;
    }

    private static Map<String, Double> scores(JsonObject result) {
        Map<String, Double> scores = new HashMap<>();
        if (result.get("category_scores") instanceof JsonObject categoryScores) {
            categoryScores.forEach((name, value) -> {
                if (value instanceof JsonNumber number) {
                    scores.put(name, number.doubleValue());
                }
            });
        }
        return scores;
    }

    private static List<Sentence> sentences(String body) throws CheckFailedException {
        try {
            return TextSegmenter.english().sentences(body);
        } catch (NlpModelException e) {
            throw new CheckFailedException("The moderation check could not load the sentence model: " + e.getMessage(),
                    e);
        }
    }
}
