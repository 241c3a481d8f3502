package org.imprimatur.spi.policy;

import java.util.Objects;

/**
 * How one rule of a policy judged a proposed transition; the ledger keeps every outcome with the transition.
 *
 * @param rule   the rule's name, e.g. {@code no-unresolved-high}
 * @param passed whether the transition satisfies it
 * @param reason a sentence saying why, for the person refused and for the auditor
 */
public record RuleOutcome(String rule, boolean passed, String reason) {

    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public static RuleOutcome passed(String rule, String reason) {
        return new RuleOutcome(rule, true, reason);
    }

    public static RuleOutcome failed(String rule, String reason) {
        return new RuleOutcome(rule, false, reason);
    }
}
