package org.imprimatur.generation.drafting.grounded;

import static org.imprimatur.generation.drafting.grounded.NewsSources.CITY;
import static org.imprimatur.generation.drafting.grounded.NewsSources.COOPERATIVE;
import static org.imprimatur.generation.drafting.grounded.NewsSources.FOOTBALL;
import static org.imprimatur.generation.drafting.grounded.NewsSources.WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.source.Attribution;
import org.imprimatur.spi.source.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroundedDraftingProviderTest {

    private static final String TOPIC = "Kestrel Valley solar farm opens in Aldermoor";
    private static final String ANGLE = "residents part-own the plant through an energy cooperative";

    /** Quotations of the sources, each with words naming its speaker that must come along with it. */
    private static final Map<String, String> SPEAKERS = Map.of(
            "This is the largest single step Aldermoor has ever taken", "said Mayor Helen Marsh",
            "People lent us their savings when no bank would", "Tomas Berger, chairman of the cooperative, said",
            "We did not want another project where the land is ours", "said Helen Marsh, the city's mayor",
            "The network here was built for a coal town", "Those were the words of Lena Fischer",
            "Six years ago this was a hole in the ground", "Tomas Berger told the crowd:",
            "We hear them.", "Berger said the cooperative would pay for a hedge");

    private static SentenceEmbedder embedder;
    private static List<SourceDocument> sources;
    private static Map<String, SourceDocument> byId;
    private static PassageIndex index;

    private GroundedDraftingProvider provider;

    @BeforeAll
    static void loadSources() {
        embedder = SentenceEmbedder.load();
        sources = List.of(NewsSources.load(CITY), NewsSources.load(WIRE), NewsSources.load(COOPERATIVE),
                NewsSources.load(FOOTBALL));
        byId = sources.stream().collect(Collectors.toMap(SourceDocument::id, Function.identity()));
        index = NewsSources.index(sources, embedder);
    }

    @AfterAll
    static void closeEmbedder() {
        embedder.close();
    }

    @BeforeEach
    void initProvider() {
        provider = new GroundedDraftingProvider();
        provider.init(key -> Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(ints = {120, 200, 300})
    void theBodyIsWithinFifteenPercentOfTheTargetLength(int target) throws DraftingException {
        Draft draft = draft(brief(target));

        int words = wordCount(draft.body());
        assertTrue(words >= target * 0.85 && words <= target * 1.15, words + " words for a target of " + target);
        assertEquals(words, draft.modelCard().parameters().get("wordsWritten"));
    }

    @Test
    void sourcesShortOfMaterialGiveAShorterDraftWithoutJunk() throws DraftingException {
        Draft draft = draft(brief(2000));

        int words = wordCount(draft.body());
        assertTrue(words > 150 && words < 2000 * 0.85, words + " words");
        for (String junk : List.of("ALDERMOOR, 3 March 2026 —", "(Northern Wire)", "All rights reserved", "press@aldermoor", "Subscribe", "Home |", "www.",
                "Kestrel Valley Solar Farm Opens", "Not everyone is pleased.",
                "68,000 inhabitants")) {
            assertFalse(draft.body().contains(junk), junk);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {120, 300, 2000})
    void theOffTopicSourceIsNotUsed(int target) throws DraftingException {
        Draft draft = draft(brief(target));

        assertTrue(evidence(draft).stream().noneMatch(evidence -> evidence.sourceId().equals(FOOTBALL)));
        assertFalse(draft.body().contains("Harbour FC"));
    }

    @Test
    void quotationsStayWholeAndWithTheirSpeakers() throws DraftingException {
        Draft draft = draft(brief(2000));

        List<String> paragraphs = List.of(draft.body().split("\n\n"));
        int quotations = 0;
        for (String paragraph : paragraphs) {
            assertBalancedQuotes(paragraph);
            for (String quoted : quotedStretches(paragraph)) {
                assertTrue(sources.stream().anyMatch(source -> source.text().contains(quoted)), quoted);
            }
            for (Map.Entry<String, String> quotation : SPEAKERS.entrySet()) {
                if (paragraph.contains(quotation.getKey())) {
                    quotations++;
                    assertTrue(paragraph.contains(quotation.getValue()), "speaker missing in: " + paragraph);
                }
            }
        }
        assertTrue(quotations >= 4, "only " + quotations + " quotations in " + draft.body());
    }

    @ParameterizedTest
    @ValueSource(ints = {120, 300, 2000})
    void everyBodySentenceIsAttributedToThePassageItCopies(int target) throws DraftingException {
        Draft draft = draft(brief(target));

        String body = draft.body();
        StringBuilder unattributed = new StringBuilder();
        int end = 0;
        for (Attribution attribution : draft.attributions()) {
            assertTrue(attribution.sentence().start() >= end, "attributions overlap or are out of order");
            unattributed.append(body, end, attribution.sentence().start());
            end = attribution.sentence().end();

            assertEquals(1, attribution.sources().size());
            Evidence evidence = attribution.sources().get(0);
            assertEquals(1.0, evidence.score());
            SourceDocument source = byId.get(evidence.sourceId());
            assertEquals(evidence.excerpt(), evidence.passage().of(source.text()));
            String sentence = attribution.sentence().of(body);
            assertFalse(sentence.isBlank());
            assertTrue(evidence.excerpt().replaceAll("\\s+", " ").endsWith(sentence),
                    "not copied word for word (but for a dateline): " + sentence);
        }
        unattributed.append(body.substring(end));
        assertTrue(unattributed.toString().isBlank(), "unattributed text: " + unattributed);
        assertEquals(draft.attributions().size(), draft.modelCard().parameters().get("passagesUsed"));
    }

    @Test
    void noSentenceIsUsedTwice() throws DraftingException {
        Draft draft = draft(brief(2000));

        List<String> sentences = draft.attributions().stream()
                .map(attribution -> attribution.sentence().of(draft.body()).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                .toList();
        assertEquals(sentences.size(), new HashSet<>(sentences).size(), sentences.toString());
        assertTrue(draft.body().contains("Sheep will graze"), "the sentence both sources have is used once");
    }

    @Test
    void theStandfirstIsOneOrTwoOfTheMostRelevantSentences() throws DraftingException {
        Draft draft = draft(brief(300));

        String standfirst = draft.body().split("\n\n")[0];
        long sentences = draft.attributions().stream()
                .filter(attribution -> attribution.sentence().end() <= standfirst.length()).count();
        assertTrue(sentences >= 1 && sentences <= 2, standfirst);
        Set<String> topTen = index.search(brief(300).asQuery(), 10).stream()
                .map(found -> found.passage().text()).collect(Collectors.toSet());
        assertTrue(topTen.contains(draft.attributions().get(0).sources().get(0).excerpt()), standfirst);
    }

    @Test
    void theHeadlineIsATopSentenceCondensed() throws DraftingException {
        Draft draft = draft(brief(300));

        String title = draft.title();
        assertTrue(wordCount(title) >= 4 && wordCount(title) <= 14, title);
        assertTrue(Character.isLetterOrDigit(title.charAt(title.length() - 1)), title);
        assertFalse(title.contains("\"") || title.contains("“") || title.contains("”"), title);
        Set<String> words = wordsOf(title);
        assertTrue(evidence(draft).stream().anyMatch(evidence -> wordsOf(evidence.excerpt()).containsAll(words)),
                "the headline is not made from a sentence of the draft: " + title);
    }

    @Test
    void theSameInputGivesTheSameDraft() throws DraftingException {
        Draft first = draft(brief(250));
        GroundedDraftingProvider another = new GroundedDraftingProvider();
        another.init(key -> Optional.empty());

        assertEquals(first, another.draft(new DraftRequest(brief(250), sources, index, "editor", null)));
    }

    @Test
    void theModelCardSaysWhatMadeTheDraft() throws DraftingException {
        provider.init(key -> Optional.empty());
        List<Integer> progress = new ArrayList<>();

        Draft draft = provider.draft(new DraftRequest(brief(200), sources, index, "editor", progress::add));

        ModelCard card = draft.modelCard();
        assertEquals("grounded", card.provider());
        assertEquals("grounded-extractive", card.model());
        assertEquals(List.of(CITY, WIRE, COOPERATIVE, FOOTBALL), card.sourceIds());
        assertEquals(embedder.modelName(), card.parameters().get("embeddingModel"));
        assertEquals(0.7, card.parameters().get("lambda"));
        assertEquals(200, card.parameters().get("targetWords"));
        assertTrue(card.parameters().containsKey("relevanceFloor"));
        assertEquals(List.of(10, 60, 100), progress);
        Brief otherAngle = new Brief(TOPIC, "the grid had to be rebuilt", "local", 200, "en");
        assertNotEquals(card.promptSha256(), draft(otherAngle).modelCard().promptSha256());
    }

    @Test
    void noSourcesIsAnError() {
        DraftingException e = assertThrows(DraftingException.class,
                () -> provider.draft(new DraftRequest(brief(200), List.of(), index, "editor", null)));
        assertTrue(e.getMessage().contains("no sources"), e.getMessage());
    }

    @Test
    void sourcesOffTheSubjectAreAnError() {
        List<SourceDocument> football = List.of(byId.get(FOOTBALL));
        PassageIndex footballOnly = NewsSources.index(football, embedder);

        DraftingException e = assertThrows(DraftingException.class,
                () -> provider.draft(new DraftRequest(brief(200), football, footballOnly, "editor", null)));
        assertTrue(e.getMessage().contains(TOPIC), e.getMessage());
    }

    @Test
    void sourcesInAnotherLanguageAreAnError() {
        List<SourceDocument> german = List.of(NewsSources.document(CITY, "de", byId.get(CITY).text()));

        DraftingException e = assertThrows(DraftingException.class,
                () -> provider.draft(new DraftRequest(brief(200), german, index, "editor", null)));
        assertTrue(e.getMessage().contains("language"), e.getMessage());
    }

    @Test
    void aTargetShorterThanAnyRelevantSentenceIsAnError() {
        DraftingException e = assertThrows(DraftingException.class, () -> draft(brief(5)));
        assertTrue(e.getMessage().contains("longer draft"), e.getMessage());
    }

    @Test
    void anUnusableSettingStopsStartUp() {
        assertThrows(IllegalStateException.class,
                () -> provider.init(key -> key.equals("lambda") ? Optional.of("1.5") : Optional.empty()));
    }

    private Draft draft(Brief brief) throws DraftingException {
        return provider.draft(new DraftRequest(brief, sources, index, "editor", null));
    }

    private static Brief brief(int targetWords) {
        return new Brief(TOPIC, ANGLE, "local", targetWords, "en");
    }

    private static List<Evidence> evidence(Draft draft) {
        return draft.attributions().stream().flatMap(attribution -> attribution.sources().stream()).toList();
    }

    private static int wordCount(String text) {
        return (int) List.of(text.split("\\s+")).stream().filter(word -> word.matches(".*[\\p{L}\\p{N}].*")).count();
    }

    private static Set<String> wordsOf(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    /** Curly marks open and close in turn, and straight marks come in pairs. */
    private static void assertBalancedQuotes(String paragraph) {
        int depth = 0;
        int straight = 0;
        for (char c : paragraph.toCharArray()) {
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth--;
                assertTrue(depth >= 0, "closed before opened: " + paragraph);
            } else if (c == '"') {
                straight++;
            }
        }
        assertEquals(0, depth, "unclosed quotation: " + paragraph);
        assertEquals(0, straight % 2, "unclosed quotation: " + paragraph);
    }

    private static List<String> quotedStretches(String paragraph) {
        List<String> quoted = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("“([^”]*)”|\"([^\"]*)\"").matcher(paragraph);
        while (matcher.find()) {
            quoted.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return quoted;
    }
}
