package org.imprimatur.provenance.merkle;

/** A Merkle proof does not prove what it claims; the message says which check failed. */
public class InvalidProofException extends Exception {

    public InvalidProofException(String message) {
        super(message);
    }
}
