/**
 * The batch command of {@code imprimatur-checks.jar} ({@link org.imprimatur.checks.batch.BatchCommand}): the fact and
 * toxicity engines over JSON lines, for audits and for measuring them on benchmark sets.
 */
package org.imprimatur.checks.batch;
