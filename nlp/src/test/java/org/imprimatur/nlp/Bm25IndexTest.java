package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class Bm25IndexTest {

    private static final List<String> DOCUMENTS = List.of(
            "The council raised taxes on Monday.",
            "The council approved a new school.",
            "Councillor Przybylski voted against the budget.",
            "Heavy snow closed the mountain pass.");

    private final Bm25Index index = new Bm25Index(DOCUMENTS);

    @Test
    void aDocumentOfAverageLengthHoldingEveryQueryTermOnceScoresOne() {
        Bm25Index sameLengths = new Bm25Index(List.of("council raised taxes", "snow closed pass"));

        assertEquals(1.0, sameLengths.scores("taxes raised council")[0], 1e-12);
    }

    @Test
    void aDocumentWithoutQueryTermsScoresZero() {
        assertEquals(0.0, index.scores("council taxes")[3]);
    }

    @Test
    void rareTermsWeighMoreThanCommonOnes() {
        double[] scores = index.scores("council Przybylski");

        assertTrue(scores[2] > scores[1], "the rare name beats the word in two documents");
    }

    @Test
    void matchesWordsByTheirStems() {
        double[] scores = index.scores("tax raise");

        assertTrue(scores[0] > 0.9, "taxes and raised match tax and raise: " + scores[0]);
    }

    @Test
    void ignoresCaseAndCommonFunctionWords() {
        assertArrayEquals(index.scores("council"), index.scores("THE Council of the"));
        assertArrayEquals(new double[DOCUMENTS.size()], index.scores("the of and"));
    }

    @Test
    void aShorterDocumentScoresHigherForTheSameMatch() {
        Bm25Index lengths = new Bm25Index(List.of("council taxes", "council debated the budget, the school and the roads",
                "snow"));

        double[] scores = lengths.scores("council");
        assertTrue(scores[0] > scores[1]);
    }

    @Test
    void aQueryTermNoDocumentHoldsWeighsMoreThanAnyTermOneDoes() {
        double answerable = index.scores("Przybylski")[2];
        double halfAnswerable = index.scores("Przybylski Wojciechowska")[2];

        double share = halfAnswerable / answerable;
        assertTrue(share > 0.2 && share < 0.5, "less than half the query's weight is answerable: " + share);
    }

    @Test
    void scoresStayInTheUnitInterval() {
        Bm25Index repeats = new Bm25Index(List.of("tax tax tax tax", "snow and more snow on the pass", "tax"));

        for (double score : repeats.scores("tax snow pass")) {
            assertTrue(score >= 0 && score <= 1, "score " + score);
        }
    }

    @Test
    void anEmptyIndexScoresNothing() {
        assertEquals(0, new Bm25Index(List.of()).scores("council").length);
    }
}
