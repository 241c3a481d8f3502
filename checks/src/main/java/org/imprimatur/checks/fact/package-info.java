/**
 * The {@code fact} check: the check-worthy claims of a revision ({@link org.imprimatur.checks.fact.FactChecker#claims})
 * judged against the item's sources ({@link org.imprimatur.checks.fact.FactChecker#assess}).
 *
 * <p>Built as a chain of small signals, each with its own class and tests — numbers ({@code Quantities}), dates
 * ({@code DateMentions}), names ({@code Names}), quotations ({@code Quotations}, {@code QuoteCheck}), negation and
 * antonyms ({@code Polarity}), meaning and wording ({@code Retrieval}) — combined in one place, {@code ClaimAssessor},
 * whose support probability comes from a logistic model calibrated on WiCE ({@code SupportModel},
 * {@code fact-calibration.properties}). {@code docs/checks.md} ("Fact check") explains the rules and the figures.
 */
package org.imprimatur.checks.fact;
