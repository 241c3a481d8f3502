package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static final WordPieceTokenizer TOKENIZER =
            WordPieceTokenizer.fromTokenizerJson(ClasspathModels.MINILM_TOKENIZER);

    /** The ids the vocabulary gives these pieces, framed; each piece must be in the vocabulary. */
    private static int[] framed(String... pieces) {
        int unknown = TOKENIZER.id("[UNK]");
        IntStream ids = Arrays.stream(pieces).mapToInt(piece -> {
            int id = TOKENIZER.id(piece);
            if (!piece.equals("[UNK]")) {
                assertNotEquals(unknown, id, "the vocabulary has " + piece);
            }
            return id;
        });
        return IntStream.concat(IntStream.concat(IntStream.of(TOKENIZER.id("[CLS]")), ids),
                IntStream.of(TOKENIZER.id("[SEP]"))).toArray();
    }

    private static int[] encode(String text) {
        return TOKENIZER.encode(text, SentenceEmbedder.MAX_TOKENS);
    }

    @Test
    void cutsAWordIntoPiecesTheVocabularyKnows() {
        assertArrayEquals(framed("em", "##bed", "##ding"), encode("embedding"));
        assertArrayEquals(framed("news", "##room"), encode("Newsroom"));
    }

    @Test
    void takesTheLongestKnownPieceFirst() {
        assertNotEquals(TOKENIZER.id("[UNK]"), TOKENIZER.id("un"));

        assertArrayEquals(framed("una", "##ffa", "##ble"), encode("unaffable"));
    }

    @Test
    void lowerCasesStripsAccentsAndSplitsPunctuation() {
        assertArrayEquals(framed("hello", ",", "cafe", "world", "!", "$", "5"), encode("HÉLLO, Café   World!$5"));
    }

    @Test
    void keepsKnownWordsWhole() {
        assertArrayEquals(framed("the", "council", "raised", "taxes", "."), encode("The council raised taxes."));
    }

    @Test
    void dropsControlAndFormatCharacters() {
        assertArrayEquals(encode("taxes rose"), encode("tax\u0000es\u200B rose\u0007"));
        assertArrayEquals(encode("taxes rose"), encode("taxes\t\n\u00A0rose"));
    }

    @Test
    void spacesOutCjkIdeographs() {
        assertArrayEquals(framed("我", "[UNK]", "北", "京"), encode("我爱北京"));
    }

    @Test
    void aWordThatCannotBeCutIsOneUnknownToken() {
        assertArrayEquals(framed("the", "[UNK]", "rose"), encode("the a\uD83E\uDD9Cb rose"));
    }

    @Test
    void anOverlongWordIsOneUnknownToken() {
        assertArrayEquals(framed("[UNK]"), encode("a".repeat(101)));
    }

    @Test
    void truncatesLongTextsKeepingTheFrame() {
        int[] ids = encode("the council ".repeat(400));

        assertEquals(SentenceEmbedder.MAX_TOKENS, ids.length);
        assertEquals(TOKENIZER.id("[CLS]"), ids[0]);
        assertEquals(TOKENIZER.id("[SEP]"), ids[ids.length - 1]);
        assertEquals(TOKENIZER.id("council"), ids[ids.length - 2]);
    }

    @Test
    void truncatesInsideAWord() {
        int[] ids = TOKENIZER.encode("embedding", 4);

        assertArrayEquals(new int[] {TOKENIZER.id("[CLS]"), TOKENIZER.id("em"), TOKENIZER.id("##bed"),
                TOKENIZER.id("[SEP]")}, ids);
    }

    @Test
    void anEmptyTextIsJustTheFrame() {
        assertArrayEquals(framed(), encode(""));
        assertArrayEquals(framed(), encode(" \u0000 "));
    }
}
