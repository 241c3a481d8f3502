package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.imprimatur.spi.check.Span;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

    private static List<String> quoted(String sentence) {
        return ReportedSpeech.quotations(sentence).stream().map(s -> s.of(sentence)).toList();
    }

    private static Optional<String> frame(String sentence) {
        return ReportedSpeech.frame(sentence, ReportedSpeech.quotations(sentence));
    }

    @Test
    void findsStraightCurlyLowAndAngledQuotations() {
        assertEquals(List.of("Pakis out"), quoted("The graffiti read \"Pakis out\"."));
        assertEquals(List.of("go home", "now"), quoted("They shouted “go home” and „now“."));
        assertEquals(List.of("Raus"), quoted("The banner said «Raus»."));
        assertEquals(List.of("scum"), quoted("He called them ‘scum’, she said."));
    }

    @Test
    void apostrophesAreNotQuotations() {
        assertEquals(List.of(), quoted("The council’s plan won’t work, the mayor’s office said."));
        assertEquals(List.of("it isn’t fair"), quoted("She said ‘it isn’t fair’ to the court."));
    }

    @Test
    void aQuotationLeftOpenRunsToTheEndOfTheSentence() {
        assertEquals(List.of("We will not be moved."), quoted("\"We will not be moved."));
    }

    @Test
    void theFrameLeavesOutTheQuotationsWhenAReportingCueIsOutsideThem() {
        assertEquals(Optional.of("The council condemned the graffiti, which read \"...\"."),
                frame("The council condemned the graffiti, which read \"Pakis out\"."));
        assertEquals(Optional.of("\"...\" the crowd chanted."), frame("\"Fuck the police,\" the crowd chanted."));
    }

    @Test
    void aQuotationWithoutAReportingCueHasNoFrame() {
        assertEquals(Optional.empty(), frame("\"You are scum.\""), "nothing outside the quotation");
        assertEquals(Optional.empty(), frame("These \"people\" are animals."), "scare quotes are no report");
        assertEquals(Optional.empty(), frame("The plan, which said nothing, failed."), "no quotation at all");
        assertEquals(Optional.empty(), frame("Don't \"say\" it."), "the cue is inside the quotation");
    }

    @Test
    void spansInsideAQuotationAreQuoted() {
        List<Span> quotations = List.of(new Span(10, 20));
        assertTrue(ReportedSpeech.quoted(new Span(12, 15), quotations));
        assertTrue(ReportedSpeech.quoted(new Span(10, 20), quotations));
        assertFalse(ReportedSpeech.quoted(new Span(5, 12), quotations));
        assertFalse(ReportedSpeech.quoted(new Span(21, 25), quotations));
    }
}
