package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
