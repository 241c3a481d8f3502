package org.imprimatur.generation.drafting.llm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.generation.text.InertText;
import org.imprimatur.nlp.NlpModelException;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.source.Attribution;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourceDocument;

/**
 * Drafts with a language model behind a chat API: retrieves the passages that best match the brief, asks the
 * model for a cited article with a versioned prompt, and turns the citations into attributions.
 *
 * <p>Configured under {@code imprimatur.drafting.<id>.*}: the {@link ModelServerConfig model server keys} and
 *
 * <table>
 *   <caption>Drafting keys</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code temperature}</td><td>sampling temperature, 0 to 2</td><td>0.2</td></tr>
 *   <tr><td>{@code max-passages}</td><td>how many retrieved passages the prompt gives</td><td>12</td></tr>
 *   <tr><td>{@code house-style}</td><td>the newsroom's style rules, as text</td><td>a short neutral news style</td></tr>
 *   <tr><td>{@code stream}</td><td>whether to stream the answer (and report progress as it comes)</td><td>true</td></tr>
 *   <tr><td>{@code prompt-template}</td><td>the prompt resource, {@code <id>.v<version>}</td>
 *       <td>{@code article-draft.v2}</td></tr>
 * </table>
 *
 * <p><b>Failure:</b> {@link org.imprimatur.spi.drafting.ProviderUnavailableException} when trying again may help
 * (the integrator retries and breaks the circuit around {@link #draft}); a plain {@link DraftingException} when
 * someone must change something first, including when the base URL or model is not configured. Never a partial
 * draft: an answer that broke off or hit the model's length limit is a failure.
 *
 * <p><b>Threading:</b> one instance drafts for all requests at once; everything it keeps is immutable.
 */
public abstract sealed class ChatDraftingProvider implements DraftingProvider
        permits OpenAiDraftingProvider, OllamaDraftingProvider {

    /** Used when a newsroom sets no {@code house-style} of its own. */
    static final String DEFAULT_HOUSE_STYLE = """
            - Put the most important news in the first sentence; context and background come after.
            - Short sentences, short paragraphs, active voice, plain words.
            - Neutral tone: no opinion, no speculation, no superlatives the sources do not use.
            - Say who says what ("the ministry said"); claims are attributed, not asserted.
            - Give numbers, names and dates exactly as the sources give them.""";

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String DEFAULT_TEMPLATE = "article-draft.v2";
    private static final double DEFAULT_TEMPERATURE = 0.2;
    private static final int DEFAULT_MAX_PASSAGES = 12;

    private final String id;
    private final ChatProtocol protocol;
    private volatile Settings settings;

    ChatDraftingProvider(String id, ChatProtocol protocol) {
        this.id = id;
        this.protocol = protocol;
    }

    /** What {@link #init} read: immutable, swapped in whole. */
    private record Settings(ModelServer server, double temperature, int maxPassages, String houseStyle,
                            boolean stream, PromptTemplate template) {
    }

    @Override
    public String id() {
        return id;
    }

    /** The model server is another process, usually another machine: prompts and passages leave this one. */
    @Override
    public boolean remote() {
        return true;
    }

    /**
     * Reads the configuration. A missing base URL or model is allowed (the provider then refuses to draft and
     * says which key to set); an unusable value is not.
     *
     * @throws IllegalStateException if a value is set but unusable, or the prompt template is missing
     */
    @Override
    public void init(ProviderConfig config) {
        String scope = "imprimatur." + Spi.DRAFTING.name() + "." + id;
        ModelServerConfig serverConfig = ModelServerConfig.read(scope, config);
        double temperature = config.get("temperature").map(value -> temperature(scope, value)).orElse(DEFAULT_TEMPERATURE);
        int maxPassages = config.getInt("max-passages", DEFAULT_MAX_PASSAGES);
        if (maxPassages < 1) {
            throw new IllegalStateException(scope + ".max-passages must be at least 1, not " + maxPassages);
        }
        String houseStyle = config.get("house-style").filter(style -> !style.isBlank()).orElse(DEFAULT_HOUSE_STYLE);
        boolean stream = flag(scope + ".stream", config.get("stream"), true);
        PromptTemplate template = PromptTemplate.load(config.get("prompt-template", DEFAULT_TEMPLATE).trim());
        settings = new Settings(new ModelServer(serverConfig, JSON), temperature, maxPassages, houseStyle, stream, template);
    }

    /**
     * Drafts from the passages that best match the brief. Reports progress while the answer streams in, and 100
     * when the draft is ready.
     *
     * @throws DraftingException as described in the class comment; also when the story has no source passages
     */
    @Override
    public Draft draft(DraftRequest request) throws DraftingException {
        Settings current = settings;
        if (current == null) {
            throw new IllegalStateException("The drafting provider '" + id + "' was used before init");
        }
        String model = current.server().config().model();
        List<Passage> passages = request.passages().search(request.brief().asQuery(), current.maxPassages()).stream()
                .map(ScoredPassage::passage)
                .toList();
        if (passages.isEmpty()) {
            throw new DraftingException("The story's sources have no text to draft from; attach sources with text first");
        }
        DraftPrompt prompt = DraftPrompt.compose(current.template(), current.houseStyle(), request.brief(), passages,
                titles(request.sources()));
        DraftProgress progress = new DraftProgress(request.progress(), request.brief().targetWords());

        ChatAnswer answer = ask(current, model, prompt, progress);
        // The model's words are untrusted like any other outside text: no markup of theirs reaches review.
        CitedArticle article = CitedArticle.parse(InertText.of(answer.content()), passages.size());
        List<Attribution> attributions;
        try {
            attributions = new CitationAttributor(TextSegmenter.english()).attribute(article, passages, request.passages());
        } catch (NlpModelException e) {
            throw new DraftingException("The draft was written, but its sentences could not be compared with the sources: "
                    + e.getMessage(), e);
        }
        Map<String, Object> parameters = parameters(current, prompt, article, answer);
        // The attribution scores are similarities in this model's space.
        parameters.put("embeddingModel", request.passages().embeddingModel());
        ModelCard card = new ModelCard(id, model, answer.model(), parameters, prompt.sha256(), sourceIds(passages));
        progress.done();
        return new Draft(article.headline(), article.body(), attributions, card);
    }

    private ChatAnswer ask(Settings current, String model, DraftPrompt prompt, DraftProgress progress)
            throws DraftingException {
        ModelServer server = current.server();
        ChatAnswer answer = new ChatAnswer();
        JsonObject request = protocol.request(JSON, model, prompt, current.temperature(), current.stream());
        if (current.stream()) {
            server.stream(protocol.path(), request, protocol.streamMediaType(), line -> {
                boolean end = protocol.readStreamLine(line, answer, server);
                progress.received(answer.length());
                return end;
            });
            if (!answer.complete()) {
                throw server.failures().brokeOff(answer.length());
            }
        } else {
            protocol.readAnswer(server.post(protocol.path(), request), answer, server);
        }
        switch (answer.finishReason()) {
            case "length" -> throw new DraftingException("The model reached its output limit before the article was"
                    + " finished; ask for fewer words, or raise the model's output limit on the server");
            case "content_filter" -> throw new DraftingException("The model server's content filter stopped the answer;"
                    + " rephrase the brief or check the sources");
            default -> {
                return answer;
            }
        }
    }

    private Map<String, Object> parameters(Settings current, DraftPrompt prompt, CitedArticle article, ChatAnswer answer) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("server", current.server().config().origin());
        parameters.put("temperature", current.temperature());
        parameters.put("stream", current.stream());
        parameters.put("promptTemplate", prompt.template().id());
        parameters.put("promptTemplateVersion", prompt.template().version());
        parameters.put("maxPassages", current.maxPassages());
        parameters.put("passages", prompt.passages().size());
        parameters.put("citations", article.citations().size());
        parameters.put("invalidCitations", article.invalidCitations());
        if (!answer.finishReason().isEmpty()) {
            parameters.put("finishReason", answer.finishReason());
        }
        if (!answer.fingerprint().isEmpty()) {
            parameters.put("systemFingerprint", answer.fingerprint());
        }
        return parameters;
    }

    private static Map<String, String> titles(List<SourceDocument> sources) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (SourceDocument source : sources) {
            if (source.title() != null && !source.title().isBlank()) {
                titles.put(source.id(), source.title());
            }
        }
        return titles;
    }

    /** The sources the model was shown, in the order their first passage was numbered. */
    private static List<String> sourceIds(List<Passage> passages) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        passages.forEach(passage -> ids.add(passage.sourceId()));
        return List.copyOf(ids);
    }

    private static double temperature(String scope, String value) {
        try {
            double temperature = Double.parseDouble(value.trim());
            if (temperature >= 0 && temperature <= 2) {
                return temperature;
            }
        } catch (NumberFormatException e) {
            // reported below, with the rule
        }
        throw new IllegalStateException(scope + ".temperature must be a number from 0 to 2, not '" + value + "'");
    }

    private static boolean flag(String key, Optional<String> value, boolean defaultValue) {
        if (value.isEmpty() || value.get().isBlank()) {
            return defaultValue;
        }
        return switch (value.get().trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(key + " must be true or false, not '" + value.get() + "'");
        };
    }
}
