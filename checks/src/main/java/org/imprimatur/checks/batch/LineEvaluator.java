package org.imprimatur.checks.batch;

import jakarta.json.JsonObject;

/**
 * What a batch command does with one input line: reads the fields it needs from the line's JSON object and answers
 * with the fields of its result. The {@link JsonLinesRun} around it reads and parses the lines, puts the line's
 * {@code id} first in every result, keeps results in input order and turns {@link InvalidLineException}s into error
 * lines.
 *
 * <p><b>Threading:</b> called from several worker threads at once. <b>Resources:</b> whoever opens an evaluator
 * closes it after the last line; {@link #close()} must not throw.
 */
public interface LineEvaluator extends AutoCloseable {

    /**
     * Evaluates one line.
     *
     * @param input the line's JSON object, {@code id} included
     * @return the result's fields; an {@code id} among them is ignored
     * @throws InvalidLineException if a field is missing or of the wrong type
     */
    JsonObject evaluate(JsonObject input) throws InvalidLineException;

    /** Releases the models the evaluator loaded. */
    @Override
    default void close() {
    }
}
