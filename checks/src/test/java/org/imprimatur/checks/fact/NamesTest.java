package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.imprimatur.nlp.WordTokenizer;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static final PartOfSpeechTagger TAGGER = PartOfSpeechTagger.load();

    private static List<String> names(String text, Set<String> known) {
        return Names.of(text, TAGGER.tag(text), known).stream().map(Name::display).toList();
    }

    private static boolean mayName(String text, Set<String> known) {
        return Names.mayName(text, WordTokenizer.english().tokens(text), known);
    }

    private static boolean mentions(String name, String text) {
        return new Name(new org.imprimatur.spi.check.Span(0, name.length()), List.of(name.split(" ")))
                .isIn(Names.capitalisedKeys(text));
    }

    @Test
    void titlesAreDroppedAndConnectorsJoin() {
        assertEquals(List.of("Amara Okafor", "Bank England"),
                names("Mayor Amara Okafor met the governor of the Bank of England.", Set.of()));
    }

    @Test
    void theFirstWordOfASentenceIsANameOnlyWhenKnownSpeakingOrFollowedByOne() {
        assertEquals(List.of(), names("Tobacco and alcohol are not allowed.", Set.of()));
        assertEquals(List.of(), names("Officials said the harbour would stay shut.", Set.of()));
        assertEquals(List.of(), names("Horodecki built this gloomy house.", Set.of()));
        assertEquals(List.of("Horodecki"), names("Horodecki built this gloomy house.", Set.of("horodecki")));
        assertEquals(List.of("Bello"), names("Bello warned that repairs would take two years.", Set.of()));
        assertEquals(List.of("European Central Bank"), names("European Central Bank officials met.", Set.of()));
    }

    @Test
    void nationalitiesAreNotNames() {
        assertEquals(List.of("Misrata"),
                names("He died in the city of Misrata during the Libyan civil war.", Set.of()));
    }

    @Test
    void aNameIsMentionedByItsHeadAndHalfItsWords() {
        assertTrue(mentions("Amara Okafor", "Okafor said so."));
        assertTrue(mentions("Olympics", "at the 2016 Olympic Games"));
        assertFalse(mentions("Bank England", "the Bank of France"));
        assertFalse(mentions("European Central Bank", "the Bank of France"));
        assertFalse(mentions("Okafor", "okafor in lower case is not a name"));
    }

    @Test
    void namedRunsAreFoundWithoutTagging() {
        assertEquals(List.of("Amara Okafor", "Ibrahim Bello"), Names.namedRuns(
                "Mayor Amara Okafor met Governor Ibrahim Bello on Tuesday.", Set.of("amara")).stream()
                .map(Name::display).toList());
    }

    @Test
    void aTextInWhichNoWordCouldStartANameHasNoNamesWhateverItsTags() {
        List<String> texts = List.of("Mayor Amara Okafor met the governor of the Bank of England.",
                "Tobacco and alcohol are not allowed.", "Officials said the harbour would stay shut.",
                "Horodecki built this gloomy house.", "Bello warned that repairs would take two years.",
                "European Central Bank officials met.", "He died in the city of Misrata during the Libyan civil war.",
                "The council approved the plan: Work starts soon.", "It was, she said, \"The end of it all.\"",
                "Residents were evacuated because the river burst its banks.");
        for (Set<String> known : List.of(Set.<String>of(), Set.of("horodecki", "residents"))) {
            for (String text : texts) {
                assertTrue(mayName(text, known) || names(text, known).isEmpty(), text);
            }
        }
        assertFalse(mayName("Tobacco and alcohol are not allowed.", Set.of()));
        assertFalse(mayName("Horodecki built this gloomy house.", Set.of()));
        assertTrue(mayName("Horodecki built this gloomy house.", Set.of("horodecki")));
    }
}
