package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToxicityClassifierTest {

    private static SentenceEmbedder embedder;
    private final ToxicityClassifier classifier = ToxicityClassifier.load();

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private ToxicityAssessment assess(String sentence) {
        return classifier.assess(List.of(sentence), embedder::embed).get(0);
    }

    @Test
    void theSpanIsTheOffendingWordWhereTheLexiconFindsIt() {
        String sentence = "Shut up, you stupid b1tch.";
        ToxicityAssessment assessment = assess(sentence);

        assertTrue(assessment.toxic());
        assertEquals(List.of("b1tch"), assessment.spans().stream().map(s -> s.of(sentence)).toList());
        assertFalse(assessment.reportedSpeech());
    }

    @Test
    void theSpanIsTheSentenceWhenOnlyTheModelSeesIt() {
        String sentence = "I'm going to find you and cut your throat.";
        ToxicityAssessment assessment = assess(sentence);

        assertEquals(ToxicityCategory.THREAT, assessment.topCategory());
        assertEquals(List.of(sentence), assessment.spans().stream().map(s -> s.of(sentence)).toList());
        assertTrue(classifier.severity(assessment).compareTo(Severity.MEDIUM) >= 0);
    }

    @Test
    void aCleanSentenceHasNoSpansAndEveryCategoryAScore() {
        ToxicityAssessment assessment = assess("The bridge will reopen to traffic in March.");

        assertFalse(assessment.toxic());
        assertEquals(List.of(), assessment.spans());
        assertEquals(Severity.NONE, classifier.severity(assessment));
        assertEquals(ToxicityCategory.values().length, assessment.categories().size());
        assessment.categories().values().forEach(p -> assertTrue(p >= 0 && p <= 1));
    }

    @Test
    void theSameSlurUnquotedIsNotReportedSpeech() {
        ToxicityAssessment quoted = assess("Witnesses said the man shouted \"faggot\" at the couple.");
        ToxicityAssessment used = assess("Get lost, you faggot.");

        assertTrue(quoted.reportedSpeech());
        assertEquals(Severity.LOW, classifier.severity(quoted));
        assertFalse(used.reportedSpeech());
        assertTrue(classifier.severity(used).compareTo(Severity.MEDIUM) >= 0);
    }

    @Test
    void embedsOnceAndOnlyWhenThereIsSomethingToEmbed() {
        AtomicInteger calls = new AtomicInteger();
        classifier.assess(List.of(), texts -> {
            calls.incrementAndGet();
            return embedder.embed(texts);
        });
        assertEquals(0, calls.get());

        classifier.assess(List.of("One.", "\"Two,\" she said.", "Three."), texts -> {
            calls.incrementAndGet();
            assertEquals(4, texts.size(), "three sentences and one frame of reported speech");
            return embedder.embed(texts);
        });
        assertEquals(1, calls.get());
    }

    @Test
    void refusesAnEmbedderThatAnswersWithTheWrongNumberOfVectors() {
        assertThrows(IllegalArgumentException.class,
                () -> classifier.assess(List.of("One.", "Two."), texts -> embedder.embed(texts.subList(0, 1))));
        assertThrows(IllegalArgumentException.class,
                () -> classifier.assess(List.of("One."), texts -> List.of(new float[12])));
    }
}
