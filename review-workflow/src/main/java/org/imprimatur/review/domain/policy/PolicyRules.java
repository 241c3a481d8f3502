package org.imprimatur.review.domain.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.RuleOutcome;

/**
 * The rules a policy holds, each with its parameters: a value, checked when made, so that a stored policy always
 * means something. A rule that is absent is off.
 */
public final class PolicyRules {

    private final Map<PolicyRule, Map<String, Integer>> rules;

    private PolicyRules(Map<PolicyRule, Map<String, Integer>> rules) {
        this.rules = rules;
    }

    /** The newsroom default: every rule on, with its default parameters. */
    public static PolicyRules defaults() {
        Map<PolicyRule, Map<String, Integer>> all = new EnumMap<>(PolicyRule.class);
        for (PolicyRule rule : PolicyRule.values()) {
            all.put(rule, rule.defaults());
        }
        return new PolicyRules(all);
    }

    /**
     * Reads rules as stored or sent: rule name → parameters (a parameter left out takes its default).
     *
     * @throws InvalidPolicyException naming every unknown rule, unknown parameter and value out of range
     */
    public static PolicyRules of(Map<String, ? extends Map<String, ?>> named) {
        Objects.requireNonNull(named, "rules");
        List<String> problems = new ArrayList<>();
        Map<PolicyRule, Map<String, Integer>> rules = new EnumMap<>(PolicyRule.class);
        named.forEach((name, given) -> PolicyRule.fromWireName(name).ifPresentOrElse(
                rule -> rules.put(rule, parameters(rule, given == null ? Map.of() : given, problems)),
                () -> problems.add("unknown rule '" + name + "'")));
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        return new PolicyRules(rules);
    }

    private static Map<String, Integer> parameters(PolicyRule rule, Map<String, ?> given, List<String> problems) {
        Map<String, Integer> parameters = new TreeMap<>(rule.defaults());
        given.forEach((name, value) -> {
            if (!rule.defaults().containsKey(name)) {
                problems.add("the rule " + rule.wireName() + " has no parameter '" + name + "'"
                        + (rule.defaults().isEmpty() ? "" : "; it takes " + rule.defaults().keySet()));
            } else if (!(value instanceof Number number) || number.doubleValue() != number.intValue()
                    || number.intValue() < PolicyRule.MIN_PARAMETER || number.intValue() > PolicyRule.MAX_PARAMETER) {
                problems.add(rule.wireName() + "." + name + " is a whole number from " + PolicyRule.MIN_PARAMETER
                        + " to " + PolicyRule.MAX_PARAMETER + ", not " + value);
            } else {
                parameters.put(name, number.intValue());
            }
        });
        return Map.copyOf(parameters);
    }

    /**
     * Judges a transition by every rule that gates its action, in the rules' order, and says how many approvals
     * an approval needs.
     */
    public PolicyDecision decide(ProposedTransition transition) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        int approvals = 1;
        for (Map.Entry<PolicyRule, Map<String, Integer>> entry : rules.entrySet()) {
            PolicyRule rule = entry.getKey();
            if (rule.gates().contains(transition.action())) {
                outcomes.add(rule.evaluate(transition, entry.getValue()));
                approvals = Math.max(approvals, rule.approvalsRequired(transition, entry.getValue()));
            }
        }
        return PolicyDecision.of(outcomes).requiringApprovals(approvals);
    }

    /** Rule name → parameters, every parameter spelled out, in the rules' order: as stored and shown. */
    public Map<String, Map<String, Integer>> asMap() {
        Map<String, Map<String, Integer>> named = new LinkedHashMap<>();
        rules.forEach((rule, parameters) -> named.put(rule.wireName(), new TreeMap<>(parameters)));
        return named;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyRules that && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
