package org.imprimatur.provenance.checkpoint;

/** A signed note (or checkpoint) is malformed or not signed by the expected key; the message says which. */
public class InvalidNoteException extends Exception {

    public InvalidNoteException(String message) {
        super(message);
    }
}
