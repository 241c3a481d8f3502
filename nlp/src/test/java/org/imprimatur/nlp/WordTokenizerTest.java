package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;

import org.imprimatur.spi.check.Span;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private final WordTokenizer tokenizer = WordTokenizer.english();

    private List<String> words(String text) {
        return tokenizer.tokens(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void separatesPunctuationFromWords() {
        assertEquals(List.of("The", "council", "met", ",", "then", "it", "voted", "."),
                words("The council met, then it voted."));
        assertEquals(List.of("\"", "Yes", "\"", ",", "she", "said", "(", "twice", ")", "!"),
                words("\"Yes\", she said (twice)!"));
    }

    @Test
    void keepsAbbreviationsAndNumbersWhole() {
        List<String> words = words("Mr. Smith paid $4.50 for 3,000 U.S. stamps on 2024-05-01.");

        assertTrue(words.containsAll(List.of("Mr.", "Smith", "$", "4.50", "3,000", "U.S.", "2024-05-01")), words::toString);
        assertEquals(".", words.get(words.size() - 1));
    }

    @Test
    void spansPointIntoTheTextAndHoldNoWhiteSpace() {
        String text = "  The council\traised taxes\n\nby 2 %  ";

        List<Span> tokens = tokenizer.tokens(text);

        assertEquals(List.of("The", "council", "raised", "taxes", "by", "2", "%"), words(text));
        for (int i = 0; i < tokens.size(); i++) {
            assertTrue(tokens.get(i).of(text).chars().noneMatch(Character::isWhitespace));
            if (i > 0) {
                assertTrue(tokens.get(i - 1).end() <= tokens.get(i).start(), "in order, not overlapping");
            }
        }
    }

    @Test
    void cuttingEachRunOnItsOwnGivesTheModelsTokensOfTheWholeText() {
        TokenizerME model = new TokenizerME(ClasspathModels.tokenizerModel(ClasspathModels.TOKENIZER_EN));
        List<String> texts = new ArrayList<>(NewsSentences.DISTINCT);
        texts.add("Mr. Smith (D-N.Y.) said: \"It's the U.S.'s call\"\u00a0\u2014 e.g. on 3/4, at 9:30 a.m., $4.5bn.");
        texts.add("Dr.\tJones\r\nwrote to info@example.org: can't, won't, gonna; 1,200,000-strong crowd!!");

        for (String text : texts) {
            List<Span> expected = Arrays.stream(model.tokenizePos(text))
                    .map(span -> new Span(span.getStart(), span.getEnd())).toList();
            assertEquals(expected, tokenizer.tokens(text), text);
            assertEquals(expected, tokenizer.tokens(text), "and again, from the runs kept: " + text);
        }
    }

    @Test
    void anEmptyTextHasNoTokens() {
        assertTrue(tokenizer.tokens("").isEmpty());
        assertTrue(tokenizer.tokens(" \n\t ").isEmpty());
    }

    @Test
    void givesTheSameTokensFromSeveralThreadsAtOnce() throws Exception {
        String text = String.join(" ", NewsSentences.DISTINCT);
        List<Span> expected = tokenizer.tokens(text);

        for (List<Span> tokens : Concurrently.run(4, 25, () -> WordTokenizer.english().tokens(text))) {
            assertEquals(expected, tokens);
        }
    }
}
