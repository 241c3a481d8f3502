package org.imprimatur.generation.drafting.grounded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "© 2026 City of Aldermoor. All rights reserved.",
            "Media contact: Press Office, City of Aldermoor, press@aldermoor.example, tel. +44 1632 960 123",
            "Subscribe to our newsletter for the latest energy news.",
            "Home | News | Energy | Regions",
            "Kestrel Valley Solar Farm Opens, Powering 14,000 Aldermoor Homes",
            "About the City of Aldermoor",
            "Not everyone is pleased.",
            "Read the full report at https://example.org/report on the city website.",
            "Photos: Maria Lopez, John Smith, Ana Weber and Tom Field."})
    void junk(String sentence) {
        assertTrue(JunkFilter.isJunk(excerpt(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The farm covers 96 hectares of former quarry land north of the city.",
            "Sheep will graze between the panel rows to keep the grass short.",
            "Residents organised in an energy cooperative put up 9.2 million euros of the cost.",
            "Solar module prices have dropped by about 40 percent since 2023, according to industry figures.",
            "“We hear them. We will plant it this spring,” he said."})
    void news(String sentence) {
        assertFalse(JunkFilter.isJunk(excerpt(sentence)), sentence);
    }

    @Test
    void aPressReleaseEndsWhereItsAboutSectionBegins() {
        List<Passage> release = passages("About 600 people toured the site on Tuesday.", "The farm has 112,000 panels.",
                "Sheep graze between the rows.", "About the City of Aldermoor",
                "Aldermoor is a city of 68,000 inhabitants.");

        assertEquals(release.subList(0, 3), JunkFilter.withoutFooter(release));
    }

    @Test
    void aSourceWithoutFooterIsKeptWhole() {
        List<Passage> story = passages("The farm opened on Tuesday.", "It has 112,000 panels.",
                "About 600 people toured the site on Tuesday.");

        assertEquals(story, JunkFilter.withoutFooter(story));
    }

    private static List<Passage> passages(String... sentences) {
        List<Passage> passages = new ArrayList<>();
        for (String sentence : sentences) {
            passages.add(new Passage("s", passages.size(), passages.size(), new Span(0, sentence.length()), sentence));
        }
        return passages;
    }

    private static Excerpt excerpt(String text) {
        return Excerpt.of(new Passage("s", 0, 0, new Span(0, text.length()), text));
    }
}
