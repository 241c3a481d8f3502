package org.imprimatur.spi.drafting;

/** No draft or image could be generated; the message says why in words an editor can act on. */
public class DraftingException extends Exception {

    public DraftingException(String message) {
        super(message);
    }

    public DraftingException(String message, Throwable cause) {
        super(message, cause);
    }
}
