package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PassageFactsTest {

    private static final PartOfSpeechTagger TAGGER = PartOfSpeechTagger.load();
    private static final String TEXT = "Mayor Amara Okafor said on 3 March that the harbour, \"not  the port\", "
            + "would reopen with 1.2 million euros.";

    @Test
    void aPassageIsReadAsTheSignalsReadAnyText() {
        PassageFacts facts = PassageFacts.of(TEXT, TAGGER);

        assertEquals(Words.contentTerms(TEXT), facts.terms());
        assertEquals(Set.of("amara", "okafor"), facts.knownNames());
        assertEquals(Quantities.of(TEXT), facts.quantities());
        assertEquals(DateMentions.of(TEXT), facts.dates());
        assertEquals(Names.capitalisedKeys(TEXT), facts.capitalised());
        assertEquals(String.join(" ", TEXT.split("\\s+")), facts.normalisedText());
    }

    @Test
    void itsTagsAreWorkedOutOnFirstRequestAndKept() {
        PassageFacts facts = PassageFacts.of(TEXT, TAGGER);

        assertEquals(TAGGER.tag(TEXT), facts.tokens());
        assertSame(facts.tokens(), facts.tokens());
        assertEquals(TAGGER.tag(Quotations.outsideQuotations(TEXT)), facts.ownVoiceTokens());
    }
}
