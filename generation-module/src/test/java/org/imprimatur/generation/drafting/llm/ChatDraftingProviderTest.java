package org.imprimatur.generation.drafting.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.Provider;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.drafting.ProviderUnavailableException;
import org.imprimatur.spi.source.Attribution;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drafting through a model server that speaks the real wire formats on 127.0.0.1, over passages indexed with the
 * real embedding model: what is asked, what comes back, and how each failure is reported.
 */
class ChatDraftingProviderTest {

    private static final String KEY = "sk-test-2b81e0";
    private static final String HOUSE_STYLE = "Use British spelling. Never use the word 'slam'.";
    private static final Brief BRIEF = new Brief("Northport harbour tolls rise", "what it means for fishing boats", "local", 150, "en");
    private static final Pattern NUMBERED = Pattern.compile("^\\[(\\d+)] \\(([^)]*)\\) (.*)$", Pattern.MULTILINE);

    private static final String PORT = """
            The Northport harbour authority will raise docking tolls by 4 percent from 1 May. The increase is the first \
            since 2019, the authority said. Revenue from the tolls will pay for dredging the eastern channel.

            Small fishing boats are exempt from the new tolls.""";
    private static final String COUNCIL = """
            Councillors approved a new ferry line between Northport and Eastholm. The ferry will start running in \
            September. Mayor Ana Ruiz said the line would cut commuting times by half.""";
    private static final List<SourceDocument> SOURCES = List.of(
            source("port-authority", "Port authority press release", PORT),
            source("council-minutes", "City council minutes, 12 March", COUNCIL));

    /** The article the stub model writes, with the citations it makes and the text it should become. */
    private static final String HEADLINE = "Harbour tolls to rise 4% in May";
    private static final List<String> SENTENCES = List.of(
            "Northport's harbour authority will raise docking tolls by 4 percent from 1 May.",
            "Small fishing boats will not have to pay the new tolls.",
            "Fishermen welcomed the news.",
            "A ferry to Eastholm starts running in September.");

    private static SentenceEmbedder embedder;
    private static PassageIndex passages;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Integer> progress = new CopyOnWriteArrayList<>();
    private ModelServerStub stub;

    @BeforeAll
    static void indexSources() {
        embedder = SentenceEmbedder.load();
        List<Passage> all = SOURCES.stream()
                .flatMap(source -> TextSegmenter.english().passages(source.id(), source.text()).stream())
                .toList();
        passages = new PassageIndex(all, embedder.embed(all.stream().map(Passage::text).toList()), embedder);
    }

    @AfterAll
    static void closeEmbedder() {
        embedder.close();
    }

    @BeforeEach
    void start() throws IOException {
        stub = ModelServerStub.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        stub.close();
    }

    private static SourceDocument source(String id, String title, String text) {
        return new SourceDocument(id, title, "text/plain", "en", Sha256.ofUtf8(text), id + ".txt", text, Map.of(), null);
    }

    private <P extends ChatDraftingProvider> P configured(P provider, Map<String, String> values) {
        provider.init(key -> Optional.ofNullable(values.get(key)));
        return provider;
    }

    private OpenAiDraftingProvider openAi(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("base-url", stub.url("/v1"), "model", "gpt-4o",
                "api-key", KEY, "temperature", "0.3", "house-style", HOUSE_STYLE));
        values.putAll(extra);
        return configured(new OpenAiDraftingProvider(), values);
    }

    private OllamaDraftingProvider ollama(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("base-url", stub.url(""), "model", "llama3.1"));
        values.putAll(extra);
        return configured(new OllamaDraftingProvider(), values);
    }

    private DraftRequest request(SourcePassages from) {
        return new DraftRequest(BRIEF, SOURCES, from, "editor.ed", progress::add);
    }

    private Draft draft(DraftingProvider provider) throws DraftingException {
        return provider.draft(request(passages));
    }

    // --- what the stub model sees and says -------------------------------------------------------------------

    /** The passages as the prompt numbered them: number to "(title) text". */
    private static Map<Integer, String> numbered(ModelServerStub.Received request) {
        Map<Integer, String> numbered = new LinkedHashMap<>();
        Matcher line = NUMBERED.matcher(userMessage(request));
        while (line.find()) {
            numbered.put(Integer.parseInt(line.group(1)), "(" + line.group(2) + ") " + line.group(3));
        }
        return numbered;
    }

    private static int numberOf(ModelServerStub.Received request, String words) {
        return numbered(request).entrySet().stream()
                .filter(entry -> entry.getValue().contains(words))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No passage with '" + words + "' in the prompt"));
    }

    private static String message(ModelServerStub.Received request, int index) {
        return request.json().getJsonArray("messages").getJsonObject(index).getString("content");
    }

    private static String userMessage(ModelServerStub.Received request) {
        return message(request, 1);
    }

    /** The answer a careful model gives: cites the right passages, one out-of-range number, one sentence uncited. */
    private static String answer(ModelServerStub.Received request) {
        return "**" + HEADLINE + "**\n\n"
                + SENTENCES.get(0).replace(".", "") + " [" + numberOf(request, "4 percent") + "]. "
                + SENTENCES.get(1) + " [" + numberOf(request, "commuting times") + "][" + numberOf(request, "exempt") + "] "
                + SENTENCES.get(2) + "\n\n"
                + SENTENCES.get(3).replace(".", "") + " [" + numberOf(request, "September") + ", 99].";
    }

    private static String openAiAnswer(ModelServerStub.Received request, String content, String finishReason) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-1").add("object", "chat.completion").add("model", "gpt-4o-2024-08-06")
                .add("system_fingerprint", "fp_50cad350e4")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", finishReason)))
                .build().toString();
    }

    /** The answer as OpenAI streams it: a role chunk, content in small pieces, a finish chunk, [DONE]. */
    private static List<String> openAiEvents(String content, boolean complete) {
        List<String> events = new ArrayList<>();
        events.add(chunk(Json.createObjectBuilder().add("role", "assistant").add("content", "").build(), null));
        for (String piece : pieces(content)) {
            events.add(chunk(Json.createObjectBuilder().add("content", piece).build(), null));
        }
        if (complete) {
            events.add(chunk(Json.createObjectBuilder().build(), "stop"));
            events.add("data: [DONE]\n\n");
        }
        return events;
    }

    private static String chunk(JsonObject delta, String finishReason) {
        var choice = Json.createObjectBuilder().add("index", 0).add("delta", delta);
        if (finishReason == null) {
            choice.addNull("finish_reason");
        } else {
            choice.add("finish_reason", finishReason);
        }
        return ": keep-alive\n\ndata: " + Json.createObjectBuilder()
                .add("id", "chatcmpl-1").add("object", "chat.completion.chunk").add("model", "gpt-4o-2024-08-06")
                .add("choices", Json.createArrayBuilder().add(choice))
                .build() + "\n\n";
    }

    /** The answer as Ollama streams it: one JSON object per line, the last with "done": true. */
    private static List<String> ollamaLines(String content, boolean complete) {
        List<String> lines = new ArrayList<>();
        for (String piece : pieces(content)) {
            lines.add(Json.createObjectBuilder().add("model", "llama3.1:latest").add("created_at", "2026-11-29T06:40:00Z")
                    .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", piece))
                    .add("done", false).build() + "\n");
        }
        if (complete) {
            lines.add(Json.createObjectBuilder().add("model", "llama3.1:latest").add("created_at", "2026-11-29T06:40:01Z")
                    .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", ""))
                    .add("done", true).add("done_reason", "stop").add("eval_count", 87).build() + "\n");
        }
        return lines;
    }

    /** Token-sized pieces: a few characters each, as models stream them. */
    private static List<String> pieces(String content) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < content.length(); start += 7) {
            pieces.add(content.substring(start, Math.min(content.length(), start + 7)));
        }
        return pieces;
    }

    // --- asserting a draft ------------------------------------------------------------------------------------

    private static Attribution attributionOf(Draft draft, String sentence) {
        return draft.attributions().stream()
                .filter(attribution -> attribution.sentence().of(draft.body()).equals(sentence))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No attribution for '" + sentence + "' in " + draft.attributions()));
    }

    private static Passage passageWith(String words) {
        return passages.all().stream().filter(passage -> passage.text().contains(words)).findFirst().orElseThrow();
    }

    private static void assertCites(Evidence evidence, Passage passage) {
        assertEquals(passage.sourceId(), evidence.sourceId());
        assertEquals(passage.span(), evidence.passage());
        assertEquals(passage.text(), evidence.excerpt());
        assertTrue(evidence.score() > 0 && evidence.score() <= 1, "score " + evidence.score());
    }

    private void assertDraftFollowsTheAnswer(Draft draft) {
        assertEquals(HEADLINE, draft.title());
        assertEquals(SENTENCES.get(0) + " " + SENTENCES.get(1) + " " + SENTENCES.get(2) + "\n\n" + SENTENCES.get(3),
                draft.body(), "citation markers are gone and the paragraphs kept");
        assertEquals(SENTENCES.size(), draft.attributions().size());

        List<Evidence> tolls = attributionOf(draft, SENTENCES.get(0)).sources();
        assertEquals(1, tolls.size());
        assertCites(tolls.get(0), passageWith("4 percent"));

        List<Evidence> exempt = attributionOf(draft, SENTENCES.get(1)).sources();
        assertEquals(2, exempt.size(), "both cited passages, best first");
        assertCites(exempt.get(0), passageWith("exempt"));
        assertCites(exempt.get(1), passageWith("commuting times"));
        assertTrue(exempt.get(0).score() > exempt.get(1).score(), "the passage the sentence restates scores higher");

        assertTrue(attributionOf(draft, SENTENCES.get(2)).unsourced(), "an uncited sentence has no source");

        List<Evidence> ferry = attributionOf(draft, SENTENCES.get(3)).sources();
        assertEquals(1, ferry.size(), "the out-of-range 99 cites nothing");
        assertCites(ferry.get(0), passageWith("September"));
    }

    /** The prompt gives the brief, the house style and every retrieved passage, numbered from 1 with its title. */
    private static void assertPromptCarriesBriefAndPassages(ModelServerStub.Received request) {
        assertEquals("system", request.json().getJsonArray("messages").getJsonObject(0).getString("role"));
        assertEquals("user", request.json().getJsonArray("messages").getJsonObject(1).getString("role"));
        assertTrue(message(request, 0).contains(HOUSE_STYLE), message(request, 0));
        String user = userMessage(request);
        for (String part : List.of("Topic: Northport harbour tolls rise", "Angle: what it means for fishing boats",
                "Desk: local", "about 150 words", "English (en)")) {
            assertTrue(user.contains(part), "'" + part + "' missing from the prompt:\n" + user);
        }
        Map<Integer, String> numbered = numbered(request);
        assertEquals(passages.all().size(), numbered.size(), "all passages fit within max-passages");
        for (int n = 1; n <= numbered.size(); n++) {
            assertTrue(numbered.containsKey(n), "numbered 1.." + numbered.size() + " without gaps: " + numbered.keySet());
        }
        for (Passage passage : passages.all()) {
            String title = SOURCES.stream().filter(s -> s.id().equals(passage.sourceId())).findFirst().orElseThrow().title();
            assertTrue(numbered.containsValue("(" + title + ") " + passage.text()), "missing passage " + passage.text());
        }
    }

    /** The card names the template, the settings and the sources, and its digest matches the messages received. */
    private static void assertModelCard(ModelCard card, ModelServerStub.Received request, String provider, String model,
                                        String reportedModel) {
        assertEquals(provider, card.provider());
        assertEquals(model, card.model());
        assertEquals(reportedModel, card.modelVersion());
        assertEquals("article-draft", card.parameters().get("promptTemplate"));
        assertEquals(2, card.parameters().get("promptTemplateVersion"));
        assertEquals(1, card.parameters().get("invalidCitations"));
        assertEquals(numbered(request).size(), card.parameters().get("passages"));
        assertEquals(Sha256.ofUtf8(message(request, 0) + "\n\n" + message(request, 1)), card.promptSha256());
        LinkedHashSet<String> shown = new LinkedHashSet<>();
        numbered(request).values().forEach(line -> SOURCES.stream()
                .filter(source -> line.startsWith("(" + source.title() + ")"))
                .forEach(source -> shown.add(source.id())));
        assertEquals(List.copyOf(shown), card.sourceIds());
        assertEquals(2, card.sourceIds().size());
    }

    private void assertProgressRoseTo100() {
        assertFalse(progress.isEmpty());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress only rises: " + progress);
        }
        assertEquals(100, progress.get(progress.size() - 1), "done is 100: " + progress);
        assertTrue(progress.subList(0, progress.size() - 1).stream().allMatch(p -> p >= 0 && p < 100), progress.toString());
    }

    // --- the specification ------------------------------------------------------------------------------------

    @Test
    void anOpenAiAnswerBecomesADraftWithScoredAttributions() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json",
                openAiAnswer(request, answer(request), "stop")));

        Draft draft = draft(openAi(Map.of("stream", "false")));

        ModelServerStub.Received request = stub.onlyRequest();
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals("gpt-4o", request.json().getString("model"));
        assertFalse(request.json().getBoolean("stream"));
        assertEquals(0.3, request.json().getJsonNumber("temperature").doubleValue());
        assertPromptCarriesBriefAndPassages(request);

        assertDraftFollowsTheAnswer(draft);
        assertModelCard(draft.modelCard(), request, "openai", "gpt-4o", "gpt-4o-2024-08-06");
        assertEquals(0.3, draft.modelCard().parameters().get("temperature"));
        assertEquals("fp_50cad350e4", draft.modelCard().parameters().get("systemFingerprint"));
        assertEquals(List.of(100), progress, "a whole answer reports only its end");
    }

    @Test
    void aStreamedOpenAiAnswerReportsProgressAsItArrives() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "text/event-stream",
                openAiEvents(answer(request), true)));

        Draft draft = draft(openAi(Map.of()));

        ModelServerStub.Received request = stub.onlyRequest();
        assertTrue(request.json().getBoolean("stream"));
        assertEquals("text/event-stream", request.header("Accept"));
        assertPromptCarriesBriefAndPassages(request);
        assertDraftFollowsTheAnswer(draft);
        assertModelCard(draft.modelCard(), request, "openai", "gpt-4o", "gpt-4o-2024-08-06");
        assertEquals("stop", draft.modelCard().parameters().get("finishReason"));
        assertProgressRoseTo100();
        assertTrue(progress.size() > 5, "progress while streaming: " + progress);
    }

    @Test
    void aStreamedOllamaAnswerBecomesTheSameDraft() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "application/x-ndjson",
                ollamaLines(answer(request), true)));

        Draft draft = draft(ollama(Map.of("temperature", "0.1")));

        ModelServerStub.Received request = stub.onlyRequest();
        assertEquals("/api/chat", request.path());
        assertNull(request.header("Authorization"), "no key configured, none sent");
        assertEquals("llama3.1", request.json().getString("model"));
        assertTrue(request.json().getBoolean("stream"));
        assertEquals(0.1, request.json().getJsonObject("options").getJsonNumber("temperature").doubleValue());
        assertTrue(message(request, 0).contains(ChatDraftingProvider.DEFAULT_HOUSE_STYLE), "the default house style");
        assertDraftFollowsTheAnswer(draft);
        assertModelCard(draft.modelCard(), request, "ollama", "llama3.1", "llama3.1:latest");
        assertProgressRoseTo100();
    }

    @Test
    void aWholeOllamaAnswerIsReadToo() throws DraftingException {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json",
                Json.createObjectBuilder().add("model", "llama3.1:latest")
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", answer(request)))
                        .add("done", true).add("done_reason", "stop").build().toString()));

        Draft draft = draft(ollama(Map.of("stream", "false")));

        assertFalse(stub.onlyRequest().json().getBoolean("stream"), "Ollama streams unless told not to");
        assertDraftFollowsTheAnswer(draft);
    }

    @Test
    void aProviderWithoutBaseUrlOrModelSaysWhichKeyToSet() {
        OpenAiDraftingProvider unconfigured = configured(new OpenAiDraftingProvider(), Map.of());
        DraftingException noServer = assertThrows(DraftingException.class, () -> draft(unconfigured));
        assertTrue(noServer.getMessage().contains("set imprimatur.drafting.openai."), noServer.getMessage());

        OllamaDraftingProvider noModel = configured(new OllamaDraftingProvider(), Map.of("base-url", stub.url("")));
        DraftingException missingModel = assertThrows(DraftingException.class, () -> draft(noModel));
        assertTrue(missingModel.getMessage().contains("set imprimatur.drafting.ollama.model"), missingModel.getMessage());
        assertTrue(stub.received().isEmpty());
    }

    @Test
    void storiesWithoutSourcePassagesAreNotDrafted() {
        DraftingException failure = assertThrows(DraftingException.class,
                () -> openAi(Map.of()).draft(request(new PassageIndex(List.of(), List.of(), embedder))));

        assertTrue(failure.getMessage().contains("attach sources"), failure.getMessage());
        assertTrue(stub.received().isEmpty(), "nothing to ask a model about");
    }

    @Test
    void aRateLimitReachesTheCallerAsRetryable() {
        stub.respond((request, exchange) -> {
            exchange.getResponseHeaders().set("Retry-After", "20");
            ModelServerStub.send(exchange, 429, "application/json", "{\"error\": {\"message\": \"Rate limit reached\"}}");
        });

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class, () -> draft(openAi(Map.of())));

        assertTrue(failure.getMessage().contains("(429)") && failure.getMessage().contains("retry after 20 s"),
                failure.getMessage());
    }

    @Test
    void anOllamaServerErrorReachesTheCallerAsRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 500, "application/json",
                "{\"error\": \"llama runner process has terminated\"}"));

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class, () -> draft(ollama(Map.of())));

        assertTrue(failure.getMessage().contains("(500): llama runner process has terminated"), failure.getMessage());
    }

    @Test
    void anOpenAiStreamCutBeforeItsEndIsRetryableAndNoDraft() {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "text/event-stream",
                openAiEvents(answer(request), false).subList(0, 6)));

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class, () -> draft(openAi(Map.of())));

        assertTrue(failure.getMessage().contains("stopped in the middle of its answer, after 35 characters"),
                failure.getMessage());
        assertFalse(progress.contains(100), "an unfinished draft is never reported done: " + progress);
    }

    @Test
    void anOllamaStreamWithoutItsDoneLineIsRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "application/x-ndjson",
                ollamaLines(answer(request), false)));

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class, () -> draft(ollama(Map.of())));

        assertTrue(failure.getMessage().contains("stopped in the middle of its answer"), failure.getMessage());
    }

    @Test
    void aStreamThatHangsIsCutOffAtTheTimeout() {
        stub.respond((request, exchange) -> {
            ModelServerStub.stream(exchange, "text/event-stream", openAiEvents(answer(request), false).subList(0, 3));
            release.await();
        });

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class,
                () -> draft(openAi(Map.of("timeout", "PT1S"))));

        assertTrue(failure.getMessage().contains("did not finish its answer within 1 s"), failure.getMessage());
    }

    @Test
    void aServerThatHangsBeforeAnsweringIsCutOffAtTheTimeout() {
        stub.respond((request, exchange) -> release.await());

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class,
                () -> draft(ollama(Map.of("timeout", "1.5"))));

        assertTrue(failure.getMessage().contains("did not answer within 1.5 s"), failure.getMessage());
    }

    @Test
    void aMalformedStreamEventIsNotRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.stream(exchange, "text/event-stream",
                List.of(openAiEvents("Tolls", true).get(1), "data: {\"choices\": [{\"delta\": \n\n")));

        DraftingException failure = assertThrows(DraftingException.class, () -> draft(openAi(Map.of())));

        assertEquals(DraftingException.class, failure.getClass());
        assertTrue(failure.getMessage().contains("a stream event that is not JSON"), failure.getMessage());
    }

    @Test
    void anEmptyAnswerIsNotRetryable() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json",
                openAiAnswer(request, "", "stop")));

        DraftingException failure = assertThrows(DraftingException.class, () -> draft(openAi(Map.of("stream", "false"))));

        assertEquals(DraftingException.class, failure.getClass());
        assertTrue(failure.getMessage().contains("empty answer"), failure.getMessage());
    }

    @Test
    void anAnswerCutAtTheModelsLengthLimitIsNotADraft() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json",
                openAiAnswer(request, answer(request).substring(0, 120), "length")));

        DraftingException failure = assertThrows(DraftingException.class, () -> draft(openAi(Map.of("stream", "false"))));

        assertEquals(DraftingException.class, failure.getClass());
        assertTrue(failure.getMessage().contains("output limit"), failure.getMessage());
    }

    @Test
    void unusableSettingsStopStartUp() {
        assertTrue(assertThrows(IllegalStateException.class, () -> openAi(Map.of("temperature", "hot")))
                .getMessage().contains("imprimatur.drafting.openai.temperature"));
        assertTrue(assertThrows(IllegalStateException.class, () -> openAi(Map.of("max-passages", "0")))
                .getMessage().contains("imprimatur.drafting.openai.max-passages"));
        assertTrue(assertThrows(IllegalStateException.class, () -> openAi(Map.of("stream", "sometimes")))
                .getMessage().contains("imprimatur.drafting.openai.stream"));
    }

    @Test
    void bothProvidersAreFoundByServiceLoader() {
        List<String> ids = ServiceLoader.load(DraftingProvider.class).stream()
                .map(ServiceLoader.Provider::get).map(Provider::id).toList();

        assertTrue(ids.containsAll(List.of("openai", "ollama")), ids.toString());
    }
}
