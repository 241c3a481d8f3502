package org.imprimatur.checks.fact;

import org.imprimatur.spi.check.Span;

/**
 * One part of a date stated in a text: {@code Tuesday, 3 March 2024} gives a weekday, a day, a month and a year.
 * Parts are compared one by one, since a claim and a source rarely write a date the same way.
 *
 * @param field which part
 * @param value the weekday (1 = Monday … 7 = Sunday), the day of the month, the month (1 … 12) or the year
 * @param span  where it lies in the text it was read from
 */
record DateMention(Field field, int value, Span span) {

    /** The parts of a date. */
    enum Field {
        WEEKDAY,
        DAY,
        MONTH,
        YEAR
    }

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /** The part as a reviewer would write it: {@code Tuesday}, {@code March}, {@code 2024}, {@code the 3rd}. */
    String display() {
        return switch (field) {
            case WEEKDAY -> WEEKDAYS[value - 1];
            case MONTH -> MONTHS[value - 1];
            case YEAR -> Integer.toString(value);
            case DAY -> "the " + value + (value % 10 == 1 && value != 11 ? "st"
                    : value % 10 == 2 && value != 12 ? "nd" : value % 10 == 3 && value != 13 ? "rd" : "th");
        };
    }
}
