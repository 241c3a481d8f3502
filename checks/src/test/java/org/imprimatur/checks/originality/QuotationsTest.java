package org.imprimatur.checks.originality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.imprimatur.spi.check.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {

    @Test
    void doubleQuotationMarksOfEveryStyleQuote() {
        assertEquals(List.of("“a b”", "\"c d\"", "„e f“", "«g h»"),
                quoted("He said “a b” and \"c d\", then „e f“ and «g h» at last."));
    }

    @Test
    void aDoubleQuotationLeftOpenRunsToTheEndOfItsParagraph() {
        String text = "“The first paragraph of a long quotation.\n\n“And its end,” she said. Then the rest.";

        assertEquals(List.of("“The first paragraph of a long quotation.", "“And its end,”"), quoted(text));
    }

    @Test
    void singleQuotationMarksQuoteOnlyWhenClosedInTheirParagraph() {
        assertEquals(List.of("‘a phrase’", "'another one'"),
                quoted("She called it ‘a phrase’ and 'another one' too."));
        assertEquals(List.of(), quoted("The ’90s began.\n\nIt ended on time."));
        assertEquals(List.of("“He said ‘no’ twice”"), quoted("“He said ‘no’ twice” in the end."));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), quoted("The council’s plan didn't work and the players' union won't say why."));
        assertEquals(List.of(), quoted("Don’t, won’t, can’t: the mayor’s words."));
    }

    private static List<String> quoted(String text) {
        return Quotations.in(text).stream().map((Span span) -> span.of(text)).toList();
    }
}
