package org.imprimatur.generation.drafting.grounded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlineTest {

    @Test
    void dropsTheDatelineAndWhatFollowsTheMainClause() {
        assertEquals("The City of Aldermoor today switched on the Kestrel Valley solar farm",
                Headline.condense("ALDERMOOR, 3 March 2026 — The City of Aldermoor today switched on the Kestrel Valley "
                        + "solar farm, which will supply electricity to about 14,000 households."));
    }

    @Test
    void dropsAWireDatelineWithItsAgencyAndTheReportingFrame() {
        assertEquals("The plant will supply about 14,000 households",
                Headline.condense("ALDERMOOR, March 3 (Northern Wire) - The plant will supply about 14,000 households, "
                        + "the city said on Tuesday."));
    }

    @Test
    void dropsALeadingSubordinateClause() {
        assertEquals("Aldermoor opened its solar farm",
                Headline.condense("After six years of planning and two lawsuits, Aldermoor opened its solar farm."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Residents organised in an energy cooperative put up 9.2 million euros of the 61.5 million euro cost of "
                    + "the farm and will share in its profits for the next twenty-five years.",
            "Grid operator NetzWest had to rebuild two substations before the farm could be connected to the regional "
                    + "network of the valley."})
    void aLongSentenceIsCutToAtMostFourteenWordsWithoutTrailingPunctuationOrFunctionWord(String sentence) {
        String headline = Headline.condense(sentence);

        String[] words = headline.split(" ");
        assertTrue(words.length >= 4 && words.length <= Headline.MAX_WORDS, headline);
        assertTrue(sentence.startsWith(headline), headline);
        assertTrue(Character.isLetterOrDigit(headline.charAt(headline.length() - 1)), headline);
        assertTrue(!words[words.length - 1].matches("(?i)the|of|to|and|a|an|in|on|for"), headline);
    }
}
