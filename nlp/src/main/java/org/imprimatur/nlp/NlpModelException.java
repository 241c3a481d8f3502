package org.imprimatur.nlp;

import java.util.Objects;

/**
 * A language model this module needs could not be loaded or run. The models travel inside the deployment's jars,
 * so this means a broken deployment or a broken model, not bad input: the {@link Reason} says which, the message
 * names the model.
 */
public class NlpModelException extends RuntimeException {

    /** What went wrong with the model. */
    public enum Reason {
        /** The model's resource is not on the classpath: a jar is missing from the deployment. */
        MISSING,
        /** The resource is there but could not be read or parsed as the model it should be. */
        UNREADABLE,
        /** The model was loaded but failed while computing a result. */
        INFERENCE_FAILED
    }

    private final Reason reason;

    public NlpModelException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public NlpModelException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
