package org.imprimatur.generation.drafting.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imprimatur.generation.drafting.llm.CitedArticle.Citation;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

class CitedArticleTest {

    @Test
    void theFirstLineIsTheHeadlineAndTheRestTheBody() throws DraftingException {
        CitedArticle article = CitedArticle.parse("Tolls rise\n\nTolls rise by 4% [1].\n\nBoats are exempt [2].", 2);

        assertEquals("Tolls rise", article.headline());
        assertEquals("Tolls rise by 4%.\n\nBoats are exempt.", article.body());
    }

    @Test
    void aMarkerGoesWithTheSpacesBeforeItAndRecordsWhereItStood() throws DraftingException {
        CitedArticle article = CitedArticle.parse("H\nTolls rise by 4% [1]. Boats are exempt.[2] Ferries run.", 2);

        assertEquals("Tolls rise by 4%. Boats are exempt. Ferries run.", article.body());
        assertEquals(List.of(new Citation(article.body().indexOf("%") + 1, List.of(0)),
                new Citation(article.body().indexOf("exempt.") + "exempt.".length(), List.of(1))), article.citations());
    }

    @Test
    void adjacentListedAndRangedMarkersCiteEveryNumberOnce() throws DraftingException {
        CitedArticle article = CitedArticle.parse("H\nA [1][2]. B [1, 3]. C [2-4]. D [3 – 2]. E [4; 4].", 4);

        assertEquals("A. B. C. D. E.", article.body());
        assertEquals(List.of(List.of(0, 1), List.of(0, 2), List.of(1, 2, 3), List.of(3)),
                article.citations().stream().map(Citation::passages).toList());
        assertEquals(1, article.invalidCitations(), "a backwards range cites nothing");
    }

    @Test
    void numbersOutsideThePassagesCiteNothingAndAreCounted() throws DraftingException {
        CitedArticle article = CitedArticle.parse("H\nA [0]. B [2, 7]. C [1-5].", 3);

        assertEquals("A. B. C.", article.body());
        assertEquals(List.of(List.of(1), List.of(0, 1, 2)), article.citations().stream().map(Citation::passages).toList());
        assertEquals(1 + 1 + 2, article.invalidCitations());
    }

    @Test
    void markersInTheHeadlineAndAtTheStartOfALineLeaveNoStraySpaces() throws DraftingException {
        CitedArticle article = CitedArticle.parse("Tolls rise [1]\n\nFirst.\n[1] Second.", 1);

        assertEquals("Tolls rise", article.headline());
        assertEquals("First.\nSecond.", article.body());
        assertEquals(List.of(new Citation("First.\n".length(), List.of(0))), article.citations());
    }

    @Test
    void aMarkerBetweenSentencesWithoutSpacesStillLeavesOneSpace() throws DraftingException {
        assertEquals("Tolls rose. Boats pay less.", CitedArticle.parse("H\nTolls rose.[1]Boats pay less.", 1).body());
    }

    @Test
    void bracketsThatAreNotPassageNumbersStay() throws DraftingException {
        CitedArticle article = CitedArticle.parse("H\nThe mayor [Ana Ruiz] said so [sic].", 1);

        assertEquals("The mayor [Ana Ruiz] said so [sic].", article.body());
        assertTrue(article.citations().isEmpty());
    }

    @Test
    void headlineMarkupAndLabelsAreRemoved() throws DraftingException {
        assertEquals("Tolls rise", CitedArticle.parse("# Tolls rise\nBody.", 1).headline());
        assertEquals("Tolls rise", CitedArticle.parse("**Headline:** Tolls rise\nBody.", 1).headline());
        assertEquals("Tolls rise", CitedArticle.parse("Title: \"Tolls rise\"\nBody.", 1).headline());
        assertEquals("Mayor: \"We rebuild\"", CitedArticle.parse("Mayor: \"We rebuild\"\nBody.", 1).headline());
    }

    @Test
    void aReasoningModelsThinkingIsDropped() throws DraftingException {
        CitedArticle article = CitedArticle.parse("<think>\nThe user wants [1].\n</think>\n\nTolls rise\nThey rise [1].", 1);

        assertEquals("Tolls rise", article.headline());
        assertEquals("They rise.", article.body());
    }

    @Test
    void anEmptyAnswerOrAHeadlineAloneIsAFailureNotWorthRetrying() {
        DraftingException empty = assertThrows(DraftingException.class, () -> CitedArticle.parse(" \n ", 1));
        assertFalse(empty instanceof ProviderUnavailableException);
        assertTrue(empty.getMessage().contains("empty answer"), empty.getMessage());

        DraftingException headlineOnly = assertThrows(DraftingException.class, () -> CitedArticle.parse("Tolls rise\n[1]", 1));
        assertTrue(headlineOnly.getMessage().contains("only a headline"), headlineOnly.getMessage());
    }
}
