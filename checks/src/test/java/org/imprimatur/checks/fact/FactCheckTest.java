package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code fact} check on a whole revision, as the workflow runs it. */
class FactCheckTest {

    /** The item's sources and their stored passages, as the workflow hands them to a check. */
    private record SourceContext(List<SourceDocument> sources, SourcePassages passages) implements CheckContext {
    }

    private static final String BODY = """
            Storm damage: the full picture

            Mayor Amara Okafor announced on Tuesday that the city will spend €52 million on rebuilding the harbour. \
            The council approved the plan by 31 votes to 12.

            "We will rebuild the harbour stone by stone," said Okafor. Will the harbour be ready by summer? \
            I think the mayor deserves praise.

            The storm struck the coast on 3 March, destroying 240 homes.
            """;

    private static SentenceEmbedder embedder;
    private static SourceContext context;

    @BeforeAll
    static void sources() {
        embedder = SentenceEmbedder.load();
        PassageIndex passages = NewsSources.index(NewsSources.texts(), embedder);
        List<SourceDocument> documents = NewsSources.texts().entrySet().stream()
                .map(source -> new SourceDocument(source.getKey(), source.getKey(), "text/plain", "en",
                        Sha256.ofUtf8(source.getValue()), source.getKey() + ".txt", source.getValue(), Map.of(), null))
                .toList();
        context = new SourceContext(documents, passages);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void aClaimAQuotationRunsAcrossIsEmbeddedSentenceBySentence() throws Exception {
        String first = "\"We will rebuild the harbour stone by stone.";
        String second = "It will cost €52 million,\" said Okafor.";
        List<List<String>> asked = new ArrayList<>();
        SourcePassages recording = new SourcePassages() {
            @Override
            public List<float[]> embed(List<String> texts) {
                asked.add(texts);
                return context.passages().embed(texts);
            }

            @Override
            public List<Passage> all() {
                return context.passages().all();
            }

            @Override
            public List<ScoredPassage> search(String query, int limit) {
                return context.passages().search(query, limit);
            }

            @Override
            public float[] vector(Passage passage) {
                return context.passages().vector(passage);
            }

            @Override
            public String embeddingModel() {
                return context.passages().embeddingModel();
            }
        };

        List<Finding> findings = new FactCheck().check(revision(first + " " + second),
                new SourceContext(context.sources(), recording)).findings();

        assertEquals(1, findings.size(), "one claim: " + findings);
        assertEquals(first.length() + 1 + second.length(), findings.get(0).span().end());
        assertEquals(List.of(List.of(first, second)), asked,
                "the sentences, which the toxicity check embeds too, not the claim as one text");
        // What makes it sound: the mean of the parts' vectors lies near the model's vector of the whole.
        float[] whole = embedder.embed(List.of(first + " " + second)).get(0);
        float[] mean = FactChecker.lengthWeightedMean(List.of(first, second), embedder.embed(List.of(first, second)));
        assertTrue(SourcePassages.similarity(whole, mean) > 0.9);
    }

    private static RevisionView revision(String body) {
        ModelCard card = new ModelCard("grounded", "grounded-drafter", "1", Map.of(), Sha256.ofUtf8("prompt"),
                List.of("press-release", "agency-report"));
        return new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Storm damage", body, card, List.of(),
                "alice", Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void isRegisteredAsTheFactCheck() {
        assertTrue(ServiceLoader.load(ContentCheck.class).stream()
                .anyMatch(provider -> provider.get().id().equals("fact")));
    }

    @Test
    void reportsEveryClaimInBodyOrderWithItsVerdictAndEvidence() throws Exception {
        CheckReport report = new FactCheck().check(revision(BODY), context);

        assertEquals("fact", report.checkId());
        List<String> claims = report.findings().stream().map(finding -> finding.span().of(BODY)).toList();
        assertEquals(List.of("Mayor Amara Okafor announced on Tuesday that the city will spend €52 million on"
                        + " rebuilding the harbour.",
                "The council approved the plan by 31 votes to 12.",
                "\"We will rebuild the harbour stone by stone,\" said Okafor.",
                "The storm struck the coast on 3 March, destroying 240 homes."), claims,
                "the headline, the question and the opinion are not claims");

        Finding changedAmount = report.findings().get(0);
        assertEquals(Verdict.CONTRADICTED, changedAmount.verdict());
        assertEquals("number", changedAmount.category());
        assertEquals(Severity.HIGH, changedAmount.severity());
        assertEquals("press-release", changedAmount.evidence().get(0).sourceId());
        assertTrue(changedAmount.evidence().get(0).excerpt().contains("€48.2 million"));

        for (Finding supported : report.findings().subList(1, 4)) {
            assertEquals(Verdict.SUPPORTED, supported.verdict(), supported::toString);
            assertEquals(Severity.NONE, supported.severity());
            assertTrue(supported.score() >= 0.5);
            String source = NewsSources.texts().get(supported.evidence().get(0).sourceId());
            assertEquals(supported.evidence().get(0).excerpt(), supported.evidence().get(0).passage().of(source),
                    "evidence spans point into the source text");
        }
        assertEquals("quote", report.findings().get(2).category());
        assertEquals(Severity.HIGH, report.highestSeverity());
    }

    @Test
    void namesTheModelsItUsed() throws Exception {
        Map<String, String> models = new FactCheck().check(revision(BODY), context).models();

        assertEquals("all-MiniLM-L6-v2-q", models.get("embedding"));
        assertTrue(models.get("pos").startsWith(PartOfSpeechTagger.MODEL + " sha256:"), models.get("pos"));
        assertEquals(SupportModel.load().version(), models.get("calibration"));
    }

    @Test
    void withoutSourcesEveryClaimIsUnverifiable() throws Exception {
        PassageIndex empty = new PassageIndex(List.of(), List.of(), embedder);
        CheckReport report = new FactCheck().check(revision(BODY), new SourceContext(List.of(), empty));

        assertEquals(4, report.findings().size());
        report.findings().forEach(finding -> assertEquals(Verdict.UNVERIFIABLE, finding.verdict()));
    }

    @Test
    void anEmptyBodyHasNoFindings() throws Exception {
        assertEquals(List.of(), new FactCheck().check(revision(""), context).findings());
    }
}
