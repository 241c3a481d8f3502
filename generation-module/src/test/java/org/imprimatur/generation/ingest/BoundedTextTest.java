package org.imprimatur.generation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** The text a parse may write, and the parse's way of noticing its deadline. */
class BoundedTextTest {

    private static void write(BoundedText text, String characters) throws SAXException {
        text.characters(characters.toCharArray(), 0, characters.length());
    }

    @Test
    void textUpToTheLimitIsKept() throws SAXException {
        BoundedText text = new BoundedText(10);

        write(text, "harbour");
        write(text, " 12");

        assertEquals("harbour 12", text.toString());
        assertFalse(text.exceeded());
    }

    @Test
    void oneCharacterPastTheLimitStopsTheParseAndIsRemembered() throws SAXException {
        BoundedText text = new BoundedText(10);
        write(text, "harbour");

        assertThrows(WriteLimitReachedException.class, () -> write(text, "1234"));
        assertTrue(text.exceeded());
        assertThrows(WriteLimitReachedException.class, () -> write(text, "x"), "a parser that swallowed it cannot go on");
        assertEquals("harbour", text.toString());
    }

    @Test
    void anInterruptedWorkerStopsAtItsNextOutput() {
        BoundedText text = new BoundedText(10);
        Thread.currentThread().interrupt();
        try {
            SAXException e = assertThrows(SAXException.class,
                    () -> text.startElement("", "p", "p", new AttributesImpl()));
            assertEquals("Parsing was stopped at its deadline", e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }
}
