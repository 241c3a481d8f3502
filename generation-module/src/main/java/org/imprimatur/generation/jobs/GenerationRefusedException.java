package org.imprimatur.generation.jobs;

/** A generation request that cannot be started as asked (unknown provider, no sources); the message says why. */
public class GenerationRefusedException extends RuntimeException {

    public GenerationRefusedException(String message) {
        super(message);
    }
}
