package org.imprimatur.checks.toxicity;

import java.util.Objects;

import org.imprimatur.spi.check.Span;

/**
 * A lexicon word found in a text, however it was disguised.
 *
 * @param term     the lexicon's spelling of the word
 * @param category what kind of toxic word it is
 * @param strength how offensive the word is in almost any use, in [0, 1]
 * @param span     where it lies in the text that was searched, disguise included
 */
record LexiconHit(String term, ToxicityCategory category, double strength, Span span) {

    LexiconHit {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(span, "span");
    }
}
