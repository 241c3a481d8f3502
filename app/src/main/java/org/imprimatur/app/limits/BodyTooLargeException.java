package org.imprimatur.app.limits;

import java.io.IOException;

/** A request body went past {@link RequestBodyLimit}'s limit while it was being read. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
