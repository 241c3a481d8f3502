/**
 * The originality check: long stretches of a revision copied word for word, or nearly, from one of its sources,
 * outside quotations, reported with the source's licence and credit line. {@link
 * org.imprimatur.checks.originality.OriginalityCheck} is the check; the rest are its signals: words ({@code
 * WordSequence}), quotations ({@code Quotations}), runs ({@code CopyFinder}) and the finding ({@code
 * CopiedTextFinding}).
 */
package org.imprimatur.checks.originality;
