package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imprimatur.spi.source.Passage;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {

    private final TextSegmenter segmenter = TextSegmenter.english();

    private List<String> texts(String text) {
        return segmenter.sentences(text).stream().map(Sentence::text).toList();
    }

    private List<Integer> paragraphs(String text) {
        return segmenter.sentences(text).stream().map(Sentence::paragraph).toList();
    }

    @Test
    void splitsSentencesAndKeepsAbbreviationsAndNumbersTogether() {
        String text = "Mr. Smith paid $4.50 for the report. It was published on Monday! Was it accurate?";

        assertEquals(List.of("Mr. Smith paid $4.50 for the report.", "It was published on Monday!", "Was it accurate?"),
                texts(text));
    }

    @Test
    void spansPointIntoTheTextWithoutSurroundingWhiteSpace() {
        String text = "  \n The council met.   It voted.\n\n\tTaxes rose.  ";

        for (Sentence sentence : segmenter.sentences(text)) {
            assertEquals(sentence.text(), sentence.span().of(text));
            assertEquals(sentence.text().strip(), sentence.text());
        }
        assertEquals(List.of("The council met.", "It voted.", "Taxes rose."), texts(text));
    }

    @Test
    void blankLinesSeparateParagraphs() {
        String text = "The council met. It voted.\n\n\nTaxes rose.\r\n\r\nResidents complained.";

        assertEquals(List.of(0, 0, 1, 2), paragraphs(text));
    }

    @Test
    void aLineBreakAfterASentenceEndsAParagraph() {
        String text = "The council met on Monday.\nTaxes rose by two percent, the treasurer said.";

        assertEquals(List.of(0, 1), paragraphs(text));
    }

    @Test
    void aLineBreakInsideAWrappedSentenceDoesNot() {
        String text = "The council of the city of Springfield met on Monday evening in the\n"
                + "town hall and voted to raise the local property tax by two percent.\n"
                + "The treasurer said the money would go to schools.";

        List<Sentence> sentences = segmenter.sentences(text);

        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).text().contains("in the\ntown hall"));
        assertEquals(List.of(0, 1), paragraphs(text));
    }

    @Test
    void aHeadingEndsAParagraphWithoutPunctuation() {
        String text = "Council raises taxes\nThe council of Springfield voted on Monday to raise the property tax.";

        assertEquals(List.of("Council raises taxes",
                "The council of Springfield voted on Monday to raise the property tax."), texts(text));
        assertEquals(List.of(0, 1), paragraphs(text));
    }

    @Test
    void listItemsAreParagraphsOfTheirOwn() {
        String text = "The council decided\n- to raise taxes\n- to build a school\n2. to hire a treasurer";

        assertEquals(List.of("The council decided", "- to raise taxes", "- to build a school", "2. to hire a treasurer"),
                texts(text));
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertTrue(segmenter.sentences("").isEmpty());
        assertTrue(segmenter.sentences(" \n\n \t ").isEmpty());
    }

    @Test
    void passagesAreNumberedSentencesOfTheirSource() {
        String text = "The council met. It voted.\n\nTaxes rose.";

        List<Passage> passages = segmenter.passages("src-1", text);
        List<Sentence> sentences = segmenter.sentences(text);

        assertEquals(sentences.size(), passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            assertEquals("src-1", passage.sourceId());
            assertEquals(i, passage.index());
            assertEquals(sentences.get(i).paragraph(), passage.paragraph());
            assertEquals(sentences.get(i).span(), passage.span());
            assertEquals(passage.span().of(text), passage.text());
        }
    }

    @Test
    void isSharedAndSafeToUseFromSeveralThreads() throws Exception {
        String text = "The council met. It voted.\n\nTaxes rose. Residents complained. The mayor resigned.";
        List<Sentence> expected = segmenter.sentences(text);

        List<List<Sentence>> results = Concurrently.run(4, 200, () -> TextSegmenter.english().sentences(text));

        assertEquals(800, results.size());
        results.forEach(result -> assertEquals(expected, result));
    }
}
