package org.imprimatur.checks.fact;

/** What makes a sentence worth checking against the sources; a claim may be of several kinds. */
public enum ClaimKind {
    /** It states a number: a count, an amount of money, a percentage, a measure. */
    NUMBER,
    /** It states a date or part of one: a weekday, a month, a year. */
    DATE,
    /** It names a person, an organisation or a place. */
    NAME,
    /** It quotes someone directly. */
    QUOTE,
    /** It compares: more, fewer, the largest, higher than. */
    COMPARISON,
    /** It says what caused what: because, due to, led to. */
    CAUSAL
}
