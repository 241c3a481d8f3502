package org.imprimatur.checks.originality;

import static org.imprimatur.checks.originality.Fixtures.S1;
import static org.imprimatur.checks.originality.Fixtures.S2;
import static org.imprimatur.checks.originality.Fixtures.S4;
import static org.imprimatur.checks.originality.Fixtures.S5;
import static org.imprimatur.checks.originality.Fixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.imprimatur.spi.check.Span;
import org.junit.jupiter.api.Test;

class CopyFinderTest {

    @Test
    void aRunNeverCrossesFromOneSourceIntoTheNext() {
        CopyFinder finder = new CopyFinder(List.of(S1, S2));
        String text = S1 + " " + S2;

        List<CopiedRun> runs = finder.find(text, List.of());

        assertEquals(List.of(0, 1), runs.stream().map(CopiedRun::source).toList());
        assertEquals(List.of(S1.substring(0, S1.length() - 1), S2.substring(0, S2.length() - 1)),
                runs.stream().map(run -> run.body().of(text)).toList());
    }

    @Test
    void editsTooCloseTogetherEndTheRun() {
        String source = S4 + " " + S5;
        // Every fourth word changed: related wording, not copying.
        String[] words = source.split(" ");
        for (int i = 3; i < words.length; i += 4) {
            words[i] = "x" + i;
        }
        String text = String.join(" ", words);

        assertEquals(List.of(), new CopyFinder(List.of(source)).find(text, List.of()));
    }

    @Test
    void wordsAreCountedOnlyOutsideQuotations() {
        String text = S4 + " " + S5;
        CopyFinder finder = new CopyFinder(List.of(text));

        CopiedRun run = finder.find(text, List.of(new Span(0, S4.length()))).get(0);

        assertEquals(words(S5), run.words());
        assertEquals(S5.substring(0, S5.length() - 1), run.body().of(text));
        assertEquals(0, new CopyFinder(List.of(text)).find(text,
                List.of(new Span(0, text.length()))).size());
    }
}
