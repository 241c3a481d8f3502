package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToxicityCheckTest {

    private static SentenceEmbedder embedder;
    private static PassageIndex passages;
    private final ToxicityCheck check = new ToxicityCheck();

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load();
        passages = new PassageIndex(List.of(), List.of(), embedder);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static RevisionView revision(String body) {
        return new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Headline", body, null, List.of(), "alice",
                Instant.EPOCH);
    }

    private static CheckContext context(SourcePassages sourcePassages) {
        return new CheckContext() {
            @Override
            public List<SourceDocument> sources() {
                return List.of();
            }

            @Override
            public SourcePassages passages() {
                return sourcePassages;
            }
        };
    }

    @Test
    void flagsTheToxicSentencesOfABodyAndOnlyThose() throws Exception {
        String threat = "If you publish one more word about us, I will burn your house down with your kids inside.";
        String body = "The council met on Tuesday to discuss the budget. The mosque opened a food bank for refugees.\n\n"
                + threat + " The minister's plan is a costly failure.";

        CheckReport report = check.check(revision(body), context(passages));

        assertEquals("toxicity", report.checkId());
        assertEquals(1, report.findings().size(), report::toString);
        Finding finding = report.findings().get(0);
        assertEquals(threat, finding.span().of(body));
        assertEquals("threat", finding.category());
        assertEquals(Verdict.FLAGGED, finding.verdict());
        assertTrue(finding.severity().compareTo(Severity.MEDIUM) >= 0, finding::toString);
        assertTrue(finding.score() >= ToxicityAssessment.TOXIC_AT);
        assertTrue(finding.message().startsWith("A threat"), finding.message());
        assertEquals(List.of(), finding.evidence());
    }

    @Test
    void aQuotedSlurInReportingIsLowReportedSpeechSpanningTheSlur() throws Exception {
        String body = "Police are investigating. The council condemned the graffiti, which read \"Pakis out\".";

        List<Finding> findings = check.check(revision(body), context(passages)).findings();

        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(Severity.LOW, finding.severity());
        assertEquals("hate", finding.category());
        assertEquals("Pakis", finding.span().of(body));
        assertTrue(finding.message().contains("reported speech"), finding.message());
    }

    @Test
    void aCleanBodyGivesNoFindingsAndNamesTheModels() throws Exception {
        CheckReport report = check.check(revision("He did not threaten anyone. The suspect was charged with assault."),
                context(passages));

        assertEquals(List.of(), report.findings());
        assertEquals("all-MiniLM-L6-v2-q", report.models().get("embedding"));
        assertEquals("sha256:" + ToxicityClassifier.load().weightsSha256().hex(), report.models().get("toxicity-weights"));
    }

    @Test
    void embedsTheBodyInOneBatchAndAnEmptyBodyNotAtAll() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        SourcePassages counting = new DelegatingPassages(passages, passages.embeddingModel()) {
            @Override
            public List<float[]> embed(List<String> texts) {
                batches.incrementAndGet();
                return super.embed(texts);
            }
        };
        check.check(revision("One sentence. Another sentence. \"Damn,\" she said. A fourth."), context(counting));
        assertEquals(1, batches.get());

        assertEquals(List.of(), check.check(revision(""), context(counting)).findings());
        assertEquals(1, batches.get());
    }

    @Test
    void refusesPassagesEmbeddedWithAnotherModel() {
        SourcePassages other = new DelegatingPassages(passages, "bge-small-en");

        CheckFailedException e = assertThrows(CheckFailedException.class,
                () -> check.check(revision("Anything."), context(other)));
        assertTrue(e.getMessage().contains("bge-small-en"), e.getMessage());
    }

    @Test
    void aFailingEmbedderIsACheckFailure() {
        SourcePassages broken = new DelegatingPassages(passages, passages.embeddingModel()) {
            @Override
            public List<float[]> embed(List<String> texts) {
                throw new IllegalStateException("This sentence embedder was closed");
            }
        };

        CheckFailedException e = assertThrows(CheckFailedException.class,
                () -> check.check(revision("Anything."), context(broken)));
        assertTrue(e.getMessage().contains("was closed"), e.getMessage());
    }

    /** The real passages under another model name, or with embedding replaced. */
    private static class DelegatingPassages implements SourcePassages {
        private final SourcePassages delegate;
        private final String model;

        DelegatingPassages(SourcePassages delegate, String model) {
            this.delegate = delegate;
            this.model = model;
        }

        @Override
        public List<Passage> all() {
            return delegate.all();
        }

        @Override
        public List<ScoredPassage> search(String query, int limit) {
            return delegate.search(query, limit);
        }

        @Override
        public float[] vector(Passage passage) {
            return delegate.vector(passage);
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return delegate.embed(texts);
        }

        @Override
        public String embeddingModel() {
            return model;
        }
    }
}
