package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PassageFactsCacheTest {

    private static final PartOfSpeechTagger TAGGER = PartOfSpeechTagger.load();

    @Test
    void aPassageIsReadOnceAndItsFactsAreKept() {
        PassageFactsCache cache = new PassageFactsCache(10, TAGGER);
        String text = "Mayor Amara Okafor said on 3 March that the harbour would not reopen before 2027.";

        PassageFacts facts = cache.of(text);

        assertSame(facts, cache.of(new String(text)), "the same text, whatever the string, is looked up");
        assertEquals(1, cache.size());
        assertEquals(Quantities.of(text), facts.quantities());
        assertEquals(DateMentions.of(text), facts.dates());
        assertEquals(Set.of("amara", "okafor"), facts.knownNames());
        assertEquals(facts.tokens(), TAGGER.tag(text), "tagged on first request, as the tagger tags");
        assertSame(facts.tokens(), facts.tokens(), "and the tags kept");
    }

    @Test
    void itKeepsAtMostItsCapacityForgettingTheLeastRecentlyUsedFirst() {
        PassageFactsCache cache = new PassageFactsCache(2, TAGGER);
        PassageFacts first = cache.of("The storm closed the port.");
        PassageFacts second = cache.of("The port reopened on Monday.");
        assertSame(first, cache.of("The storm closed the port."));

        cache.of("Ferries resumed a week later.");

        assertEquals(2, cache.size());
        assertSame(first, cache.of("The storm closed the port."), "used lately, so kept");
        assertNotSame(second, cache.of("The port reopened on Monday."), "the least recently used was forgotten");
    }

    @Test
    void aCacheHoldsAtLeastOnePassage() {
        assertThrows(IllegalArgumentException.class, () -> new PassageFactsCache(0, TAGGER));
    }
}
