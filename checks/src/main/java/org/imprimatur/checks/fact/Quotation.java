package org.imprimatur.checks.fact;

import org.imprimatur.spi.check.Span;

/**
 * Words a text puts in quotation marks.
 *
 * @param span  the quotation, marks included, in the text it was read from
 * @param inner the quoted words, marks excluded
 * @param text  the quoted words ({@code inner} applied to the text)
 */
record Quotation(Span span, Span inner, String text) {
}
