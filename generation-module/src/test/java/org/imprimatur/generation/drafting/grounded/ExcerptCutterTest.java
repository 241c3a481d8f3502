package org.imprimatur.generation.drafting.grounded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Passage;
import org.junit.jupiter.api.Test;

class ExcerptCutterTest {

    @Test
    void aQuotationSpanningSentencesStaysWholeWithTheSpeakerNamedInItsLastSentence() {
        List<Excerpt> excerpts = cut(
                List.of("The plant opened on Tuesday.",
                        "“This is the largest step we have taken.",
                        "The profits stay here,” said Mayor Helen Marsh."));

        assertEquals(List.of(
                List.of("The plant opened on Tuesday."),
                List.of("“This is the largest step we have taken.", "The profits stay here,” said Mayor Helen Marsh.")),
                texts(excerpts));
    }

    @Test
    void straightQuotesAreReadLikeCurlyOnes() {
        List<Excerpt> excerpts = cut(
                List.of("\"We did not want another project like that.",
                        "The valley keeps a share,\" said Helen Marsh, the mayor."));

        assertEquals(1, excerpts.size());
        assertEquals(2, excerpts.get(0).passages().size());
    }

    @Test
    void aQuotationTakesAlongTheNextSentenceWhenThatOneNamesTheSpeaker() {
        List<Excerpt> excerpts = cut(
                List.of("\"The network here was built for a coal town.",
                        "We had to turn it around.\"",
                        "Those were the words of Lena Fischer, who said the upgrade cost 7 million euros.",
                        "Work starts in May."));

        assertEquals(List.of(
                List.of("\"The network here was built for a coal town.", "We had to turn it around.\"",
                        "Those were the words of Lena Fischer, who said the upgrade cost 7 million euros."),
                List.of("Work starts in May.")), texts(excerpts));
    }

    @Test
    void aQuotationTakesAlongThePreviousSentenceNamingTheSpeaker() {
        List<Excerpt> excerpts = cut(
                List.of("Tomas Berger said members had waited six years.",
                        "“People lent us their savings when no bank would.",
                        "We owe them a dividend.”"));

        assertEquals(1, excerpts.size());
        assertEquals(3, excerpts.get(0).passages().size());
    }

    @Test
    void aPronounAttributionTakesAlongTheSentenceBefore() {
        List<Excerpt> excerpts = cut(
                List.of("Berger promised a hedge along the northern boundary.",
                        "“We hear them. We will plant it this spring,” he said."));

        assertEquals(1, excerpts.size());
        assertEquals(2, excerpts.get(0).passages().size());
    }

    @Test
    void anIntroductionEndingInAColonJoinsTheQuotationInTheNextParagraph() {
        List<Passage> passages = List.of(
                passage(0, 0, "Cooperative chairman Tomas Berger told the crowd:"),
                passage(1, 1, "“Six years ago this was a hole in the ground."),
                passage(2, 1, "Today it is the biggest power station the valley has ever had.”"));

        List<Excerpt> excerpts = ExcerptCutter.cut(passages);

        assertEquals(List.of(passages), excerpts.stream().map(Excerpt::passages).toList());
    }

    @Test
    void anAnonymousQuotationIsLeftOut() {
        List<Excerpt> excerpts = cut(
                List.of("The farm has 112,000 panels.",
                        "“It is a great day for the whole valley.”",
                        "Sheep graze between the rows."));

        assertEquals(List.of(List.of("The farm has 112,000 panels."), List.of("Sheep graze between the rows.")),
                texts(excerpts));
    }

    @Test
    void aQuotationStillOpenAtTheEndOfItsParagraphIsLeftOut() {
        List<Passage> passages = List.of(
                passage(0, 0, "Mayor Helen Marsh said: “We will not stop here."),
                passage(1, 0, "There is more land in the valley."),
                passage(2, 1, "The council meets on Monday."));

        List<Excerpt> excerpts = ExcerptCutter.cut(passages);

        assertEquals(List.of(List.of(passages.get(2))), excerpts.stream().map(Excerpt::passages).toList());
    }

    @Test
    void scareQuotesNeedNoSpeaker() {
        List<Excerpt> excerpts = cut(List.of("The so-called “solar sheep” keep the grass short."));

        assertEquals(1, excerpts.size());
    }

    /** Sentences of one paragraph of source {@code s}. */
    private static List<Excerpt> cut(List<String> sentences) {
        List<Passage> passages = new ArrayList<>();
        for (String sentence : sentences) {
            passages.add(passage(passages.size(), 0, sentence));
        }
        return ExcerptCutter.cut(passages);
    }

    private static Passage passage(int index, int paragraph, String text) {
        return new Passage("s", index, paragraph, new Span(index * 1000, index * 1000 + text.length()), text);
    }

    private static List<List<String>> texts(List<Excerpt> excerpts) {
        return excerpts.stream().map(excerpt -> excerpt.passages().stream().map(Passage::text).toList()).toList();
    }
}
