package org.imprimatur.spi.publication;

/** A publication target did not accept a release; the message says why. */
public class PublicationException extends Exception {

    public PublicationException(String message) {
        super(message);
    }

    public PublicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
