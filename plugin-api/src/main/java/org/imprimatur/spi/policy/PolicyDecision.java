package org.imprimatur.spi.policy;

import java.util.List;
import java.util.Optional;

/**
 * A policy's answer to a proposed transition: how each of its rules judged it, and, for an approval, how many
 * distinct reviewers must approve the revision before the item counts as approved.
 *
 * @param outcomes          every rule the policy applied to this transition, passed or failed, in its order
 * @param approvalsRequired how many approvals the policy asks for (at least 1); the desk applies the highest any
 *                          policy asks for
 */
public record PolicyDecision(List<RuleOutcome> outcomes, int approvalsRequired) {

    private static final PolicyDecision ALLOW = new PolicyDecision(List.of(), 1);

    public PolicyDecision {
        outcomes = List.copyOf(outcomes);
        if (approvalsRequired < 1) {
            throw new IllegalArgumentException("An approval takes at least one reviewer, not " + approvalsRequired);
        }
    }

    /** Allowed, with no rule to report. */
    public static PolicyDecision allow() {
        return ALLOW;
    }

    /** Refused by one rule. */
    public static PolicyDecision refuse(String rule, String reason) {
        return new PolicyDecision(List.of(RuleOutcome.failed(rule, reason)), 1);
    }

    /** The decision these outcomes make: allowed when every one passed. */
    public static PolicyDecision of(List<RuleOutcome> outcomes) {
        return new PolicyDecision(outcomes, 1);
    }

    /** This decision, asking for {@code approvals} approvals. */
    public PolicyDecision requiringApprovals(int approvals) {
        return new PolicyDecision(outcomes, approvals);
    }

    /** Whether the transition may go ahead as far as this policy is concerned. */
    public boolean allowed() {
        return outcomes.stream().allMatch(RuleOutcome::passed);
    }

    /** The rules that refused it, in order; empty when allowed. */
    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).toList();
    }

    /** The first rule that refused it, if any. */
    public Optional<RuleOutcome> firstFailure() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).findFirst();
    }
}
