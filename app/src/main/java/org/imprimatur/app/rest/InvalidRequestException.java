package org.imprimatur.app.rest;

/**
 * A request the API cannot act on: malformed (400) or well-formed but with unusable values (422).
 */
public class InvalidRequestException extends RuntimeException {

    private final int status;

    private InvalidRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The request is malformed: a missing body, an unknown action. */
    public static InvalidRequestException malformed(String message) {
        return new InvalidRequestException(400, message);
    }

    /** The request is well-formed but a value is unusable: a bad digest, an empty title. */
    public static InvalidRequestException unprocessable(String message) {
        return new InvalidRequestException(Problem.UNPROCESSABLE, message);
    }

    int status() {
        return status;
    }
}
