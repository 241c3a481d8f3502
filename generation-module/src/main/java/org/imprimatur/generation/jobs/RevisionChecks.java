package org.imprimatur.generation.jobs;

import java.util.function.IntConsumer;

/**
 * Runs the automatic checks on one revision and records their reports. The application implements it with the
 * review workflow, which this module does not know.
 */
public interface RevisionChecks {

    /**
     * @param progress takes 0–100 as the checks finish
     */
    void run(String itemId, int revision, IntConsumer progress);
}
