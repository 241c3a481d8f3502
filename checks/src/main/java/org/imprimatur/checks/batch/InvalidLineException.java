package org.imprimatur.checks.batch;

import java.util.Objects;

/**
 * An input line that cannot be evaluated; the message says what is wrong with it in words the author of the input
 * can act on, and becomes the {@code error} of the line's result.
 */
public class InvalidLineException extends Exception {

    /** What is wrong with the line. */
    public enum Reason {
        /** The line is not JSON. */
        NOT_JSON,
        /** The line is JSON, but not an object. */
        NOT_AN_OBJECT,
        /** A required field is absent or null. */
        MISSING_FIELD,
        /** A field holds a value of the wrong type. */
        WRONG_TYPE
    }

    private final Reason reason;

    public InvalidLineException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
