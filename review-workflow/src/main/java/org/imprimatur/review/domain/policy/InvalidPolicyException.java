package org.imprimatur.review.domain.policy;

import java.util.List;

/** A policy that names rules or parameters that do not exist, or values they do not take; nothing was stored. */
public class InvalidPolicyException extends RuntimeException {

    private final List<String> problems;

    public InvalidPolicyException(List<String> problems) {
        super("The policy cannot be used: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem in words, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
