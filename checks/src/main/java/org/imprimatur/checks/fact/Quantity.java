package org.imprimatur.checks.fact;

import java.util.Locale;

import org.imprimatur.spi.check.Span;

/**
 * A number stated in a text, normalised: {@code 1.2 million}, {@code 1,200,000} and {@code 1.2m} (of money) all have
 * the value 1,200,000; {@code a third} is 33.3 {@link Measure#PERCENT per cent}; {@code €48.2 million} and
 * {@code 48.2 million euros} are both 48,200,000 of {@code EUR}.
 *
 * @param value     the normalised value
 * @param measure   what kind of number it is
 * @param unit      the currency code for {@link Measure#MONEY} ({@code EUR}, {@code USD}, …), the unit's short name for
 *                  {@link Measure#UNIT} ({@code km}), empty otherwise or when unknown
 * @param tolerance how far another value may lie and still be the same number as written: half the last stated
 *                  digit ({@code 1.2 million} covers 1,150,000 to 1,250,000), a tenth of the value after a hedge such
 *                  as {@code about} or {@code more than}
 * @param span      where it lies in the text it was read from
 */
record Quantity(double value, Measure measure, String unit, double tolerance, Span span) {

    /** The kinds of number, which are compared only with their own kind. */
    enum Measure {
        /** A plain number, e.g. of people or homes. */
        COUNT,
        /** Per cent, percentage points, or a fraction ({@code half}, {@code two-thirds}) as per cent. */
        PERCENT,
        /** An amount of money, in the currency {@link #unit()} when one is named. */
        MONEY,
        /** A measurement in {@link #unit()}: distance, weight, duration… */
        UNIT
    }

    /**
     * Whether the two state the same number: the values agree within the larger tolerance and the kinds do not
     * conflict. A plain number agrees with any kind (a claim may drop the currency the source gives); two amounts
     * of money in different currencies, or two measures in different units, never agree.
     */
    boolean agreesWith(Quantity other) {
        if (!kindsAgree(other) && measure != Measure.COUNT && other.measure != Measure.COUNT) {
            return false;
        }
        double slack = Math.max(tolerance, other.tolerance) + 1e-9 * Math.max(Math.abs(value), Math.abs(other.value));
        return Math.abs(value - other.value) <= slack;
    }

    /**
     * Whether the two are numbers of the same kind, so that a difference between them — in value, currency or unit —
     * is a contradiction.
     */
    boolean comparableWith(Quantity other) {
        return measure == other.measure;
    }

    private boolean kindsAgree(Quantity other) {
        return measure == other.measure && (unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit));
    }

    /** The number as a reviewer would write it, e.g. {@code 48,200,000 EUR} or {@code 33.3 %}. */
    String display() {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value).replaceAll("0+$", "");
        return switch (measure) {
            case PERCENT -> number + "%";
            case COUNT -> number;
            case MONEY, UNIT -> unit.isEmpty() ? number : number + " " + unit;
        };
    }
}
