package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.load();

    private static List<LexiconHit> find(String text) {
        return LEXICON.find(text);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "What the fuck is this         | fuck",
            "What the FUCK is this         | fuck",
            "what the fuuuuuck             | fuck",
            "what the f**k                 | fuck",
            "what the f*ck                 | fuck",
            "this is sh*t                  | shit",
            "this is sh1t                  | shit",
            "this is 5h!t                  | shit",
            "what the f u c k              | fuck",
            "what the f.u.c.k              | fuck",
            "what the f-u-c-k-i-n-g hell   | fuck",
            "you absolute a55h0le          | asshole",
            "you absolute a$$hole          | asshole",
            "what a b!tch                  | bitch",
            "what a biiitch                | bitch",
            "motherfuckers everywhere      | fuck",
            "a shitty plan                 | shit",
            "kick his asss                 | ass",
    })
    void findsDisguisedWords(String text, String term) {
        List<LexiconHit> hits = find(text);
        assertEquals(1, hits.size(), () -> "hits in '" + text + "': " + hits);
        assertEquals(term, hits.get(0).term());
    }

    @Test
    void seesThroughInvisibleCharactersAndLookalikes() {
        assertEquals("fuck", find("f\u200Buck off").get(0).term(), "zero-width space");
        assertEquals("fuck", find("f\u00ADu\u200Dck off").get(0).term(), "soft hyphen and joiner");
        assertEquals("fuck", find("fu\u0441k off").get(0).term(), "Cyrillic es");
        assertEquals("shit", find("\u0455hit happens").get(0).term(), "Cyrillic dze");
        assertEquals("fuck", find("\uFF46\uFF55\uFF43\uFF4B off").get(0).term(), "full-width letters");
        assertEquals("fuck", find("f\u0336u\u0336c\u0336k\u0336 off").get(0).term(), "strike-through marks");
        assertEquals("fuck", find("f\u00FCck off").get(0).term(), "accented letter");
    }

    @Test
    void spansPointIntoTheOriginalTextDisguiseIncluded() {
        String text = "He said f u\u200B c k and sh*t.";
        List<LexiconHit> hits = find(text);
        assertEquals(2, hits.size(), hits::toString);
        assertEquals("f u\u200B c k", hits.get(0).span().of(text));
        assertEquals("sh*t", hits.get(1).span().of(text));
        assertEquals(ToxicityCategory.PROFANITY, hits.get(0).category());
    }

    @Test
    void slursAreHateAndInsultsAreHarassment() {
        assertEquals(ToxicityCategory.HATE, find("those f4gg0ts").get(0).category());
        assertEquals(ToxicityCategory.HARASSMENT, find("you stupid c*nt").get(0).category());
        assertTrue(find("you stupid c*nt").get(0).strength() > find("damn it").get(0).strength());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The council passed the budget by 12 votes to 3.",
            "Shiitake mushrooms grew in the damp cellar.",
            "The Conn. attorney general filed suit.",
            "Scunthorpe United won at home.",
            "Homo sapiens left Africa about 70,000 years ago.",
            "A damning report on the hospital was published.",
            "The assessment found the assassin had acted alone.",
            "Flame retardant was found in the river.",
            "The Fukushima plant is being decommissioned.",
            "Pissarro's paintings sold for $4m.",
            "A. S. Byatt wrote Possession.",
            "The U.S.A. and the U.K. signed the treaty.",
            "Moroni is the capital of the Comoros.",
            "Snow fell on Hell, Norway.",
            "Shares rose 5% to $13.37 on Friday!",
            "* Note: figures are provisional.",
            "",
    })
    void leavesInnocentNewsWordsAlone(String text) {
        assertEquals(List.of(), find(text));
    }

    @Test
    void aMaskedWordIsMatchedOnlyWhenOneWordFits() {
        assertEquals("nigger", find("calling him a \"n****r\"").get(0).term(), "first and last letter, one word");
        assertEquals("bitch", find("a stupid b***h").get(0).term());
        assertEquals(List.of(), find("he said ****"));
        assertEquals(List.of(), find("he said s***"), "three of four letters masked could be many words");
        assertEquals(List.of(), find("he said *ss"), "the first letter masked");
    }

    @Test
    void longRunsOfSpacedOrStretchedLettersAreCutShortAndMatchNothing() {
        // A long run of spaced letters and a long run of one letter are looked at a bounded number of times each.
        String spaced = "a b ".repeat(20_000);
        String stretched = "f" + "u".repeat(100_000) + "ck";
        assertEquals(List.of(), find(spaced));
        assertEquals(List.of(), find(stretched), "a token longer than any word is not looked up");
    }
}
