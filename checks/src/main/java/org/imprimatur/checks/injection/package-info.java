/**
 * The prompt-injection check: source text (or a draft) that tries to give the model instructions is flagged, so that
 * a reviewer checks the draft followed the brief and not the source.
 */
package org.imprimatur.checks.injection;
