package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuotationsTest {

    private static final PartOfSpeechTagger TAGGER = PartOfSpeechTagger.load();

    private static List<String> quoted(String text) {
        return Quotations.of(text).stream().map(Quotation::text).toList();
    }

    private static Optional<String> speaker(String sentence) {
        List<Name> names = Names.of(sentence, TAGGER.tag(sentence), Names.known(sentence));
        return Quotations.speaker(sentence, Quotations.of(sentence).get(0), names).map(Name::display);
    }

    @Test
    void findsStraightCurlyAndSingleCurlyQuotations() {
        assertEquals(List.of("We will rebuild,"), quoted("\"We will rebuild,\" said Okafor."));
        assertEquals(List.of("We will rebuild."), quoted("Okafor said: “We will rebuild.”"));
        assertEquals(List.of("We will rebuild"), quoted("Okafor said the city would ‘rebuild’ and ‘We will rebuild’."
                .replace("‘rebuild’ and ", "")));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), quoted("The mayor’s plan isn’t the council’s."));
    }

    @Test
    void titlesOfWorksAreNotQuotations() {
        assertEquals(List.of(), quoted("The band covered \"Master of Puppets\" for \"Kerrang!\"."));
        assertEquals(List.of("a yearning fever dream"), quoted("She called it \"a yearning fever dream\"."));
    }

    @Test
    void theSpeakerIsTheNameNextToTheAttribution() {
        assertEquals(Optional.of("Amara Okafor"), speaker("\"We will rebuild,\" said Mayor Amara Okafor on Tuesday."));
        assertEquals(Optional.of("Okafor"), speaker("Okafor told reporters: \"We will rebuild.\""));
        assertEquals(Optional.of("Bello"), speaker("\"The sea does not wait,\" Governor Bello said in Lagos."));
    }

    @Test
    void aPronounOrNoAttributionNamesNoSpeaker() {
        assertEquals(Optional.empty(), speaker("\"We will rebuild,\" she said."));
        assertEquals(Optional.empty(), speaker("The slogan \"we will rebuild\" appeared in Lagos."));
    }

    @Test
    void theOwnVoiceBlanksQuotationsAndKeepsOffsets() {
        String text = "\"Rates rose 5%,\" said Okafor.";
        String own = Quotations.outsideQuotations(text);
        assertEquals(text.length(), own.length());
        assertEquals("said Okafor.", own.strip());
    }

    @Test
    void aSentenceThatEndsOrBeginsAQuotationRunningAcrossSentencesSpeaksItsOwnVoiceOnlyOutsideIt() {
        String ending = "We need the port open or the town will not survive,” said Lena Vogt.";
        assertEquals("said Lena Vogt.", Quotations.outsideQuotationsOfSentence(ending).strip());
        String beginning = "The mayor spoke first. “The town will never give up.";
        assertEquals("The mayor spoke first.", Quotations.outsideQuotationsOfSentence(beginning).strip());
        String both = "It did not hold,” said Reyes, who added: “We will rebuild.";
        assertEquals("said Reyes, who added:", Quotations.outsideQuotationsOfSentence(both).strip());
        String straight = "It did not hold,\" said Reyes.";
        assertEquals("said Reyes.", Quotations.outsideQuotationsOfSentence(straight).strip());
        assertEquals(ending.length(), Quotations.outsideQuotationsOfSentence(ending).length());
    }

    @Test
    void aSentenceWhoseQuotationsAreClosedKeepsWhatOutsideQuotationsKeeps() {
        String text = "Okafor said the \"Harbour Plan\" was not late and called it “a success”, not a failure.";
        assertEquals(Quotations.outsideQuotations(text), Quotations.outsideQuotationsOfSentence(text));
    }
}
