package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DateMentionsTest {

    private static List<String> parts(String text) {
        return DateMentions.of(text).stream().map(d -> d.field() + "=" + d.value()).toList();
    }

    @Test
    void readsWeekdaysDaysMonthsAndYears() {
        assertEquals(List.of("WEEKDAY=2", "DAY=3", "MONTH=3", "YEAR=2024"), parts("on Tuesday, 3 March 2024"));
        assertEquals(List.of("MONTH=3", "DAY=3", "YEAR=2024"), parts("on March 3rd, 2024"));
        assertEquals(List.of("DAY=3", "MONTH=3"), parts("on the 3rd of March"));
        assertEquals(List.of("YEAR=2024", "MONTH=3", "DAY=5"), parts("dated 2024-03-05"));
    }

    @Test
    void monthNamesThatAreAlsoWordsNeedADateAroundThem() {
        assertEquals(List.of(), parts("May I ask? They will March on the capital."));
        assertEquals(List.of("MONTH=5"), parts("The harbour reopens in May."));
        assertEquals(List.of("MONTH=5", "YEAR=2025"), parts("May 2025 is the target."));
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        assertEquals(List.of(), parts("The firm hired 150 workers for $2000 and 2,024 euros."));
    }
}
