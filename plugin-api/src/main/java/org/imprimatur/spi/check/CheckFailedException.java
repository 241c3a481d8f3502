package org.imprimatur.spi.check;

/** A check could not run on a revision; the message says why in words a reviewer can act on. */
public class CheckFailedException extends Exception {

    public CheckFailedException(String message) {
        super(message);
    }

    public CheckFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
