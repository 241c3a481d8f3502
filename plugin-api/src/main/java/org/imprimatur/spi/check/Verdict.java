package org.imprimatur.spi.check;

/** What a check concluded about one span. */
public enum Verdict {
    /** The sources back the claim. */
    SUPPORTED,
    /** The sources say otherwise (a number, a name, a quote differs). */
    CONTRADICTED,
    /** Nothing in the sources confirms or refutes the claim. */
    UNVERIFIABLE,
    /** The span breaks a rule the check enforces (toxic language, missing disclosure, copied text). */
    FLAGGED
}
