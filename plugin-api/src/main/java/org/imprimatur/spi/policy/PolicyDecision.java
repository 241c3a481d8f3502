package org.imprimatur.spi.policy;

import java.util.Objects;

/**
 * A policy's answer to a proposed transition.
 *
 * @param allowed whether the transition may go ahead as far as this policy is concerned
 * @param rule    the rule that refused it, e.g. {@code unresolved-high-findings}; empty when allowed
 * @param reason  a sentence saying why, shown to the person refused; empty when allowed
 */
public record PolicyDecision(boolean allowed, String rule, String reason) {

    private static final PolicyDecision ALLOW = new PolicyDecision(true, "", "");

    public PolicyDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public static PolicyDecision allow() {
        return ALLOW;
    }

    public static PolicyDecision refuse(String rule, String reason) {
        return new PolicyDecision(false, rule, reason);
    }
}
