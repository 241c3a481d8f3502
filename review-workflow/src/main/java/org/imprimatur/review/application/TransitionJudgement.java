package org.imprimatur.review.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.policy.RuleOutcome;

/**
 * How the workflow and every review policy judge one transition of an item by one person, before anybody takes it:
 * what {@link ReviewDesk#transition} acts on, and what a reviewer is shown before the click.
 *
 * <p>The workflow's rules come first (role, state, four eyes, a current revision); the policies are asked only about
 * a transition the workflow permits, so that a refusal names the workflow's rule before any policy's. A reason is
 * the one thing known only at the click: the judgement says whether one is needed, and {@link #requireAllowed}
 * checks it.
 *
 * @param action       the transition judged
 * @param revision     the revision it would act on
 * @param reasonNeeded whether it needs a written reason (requesting changes, rejecting, withdrawing)
 * @param refusal      the workflow's refusal, if it does not permit the transition; the policies were not asked then
 * @param policies     every installed policy's answer, in their order; empty when the workflow refused
 * @param approvals    the reviewers who approved the revision so far
 */
public record TransitionJudgement(ReviewAction action, int revision, boolean reasonNeeded,
                                  Optional<TransitionRefusedException> refusal, List<ReviewPolicies.Result> policies,
                                  List<String> approvals) {

    public TransitionJudgement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(refusal, "refusal");
        policies = List.copyOf(policies);
        approvals = List.copyOf(approvals);
    }

    /**
     * Judges a transition of the item as it is now. Nothing changes: the workflow's rules are checked, and the
     * policies asked when they pass.
     *
     * @param expectedRevision the revision the actor looked at, or {@code null} for the current one
     * @param policies         asks every installed policy about this transition
     */
    public static TransitionJudgement of(ContentItem item, ReviewAction action, Actor actor, Integer expectedRevision,
                                         Supplier<List<ReviewPolicies.Result>> policies) {
        Optional<TransitionRefusedException> refusal;
        try {
            item.requirePermitted(action, actor, expectedRevision);
            refusal = Optional.empty();
        } catch (TransitionRefusedException e) {
            refusal = Optional.of(e);
        }
        return new TransitionJudgement(action, item.currentRevision().number(), ContentItem.needsReason(action),
                refusal, refusal.isEmpty() ? policies.get() : List.of(), item.approvals());
    }

    /** Whether the transition may go ahead, given a reason where one is needed. */
    public boolean allowed() {
        return refusal.isEmpty() && policies.stream().allMatch(result -> result.decision().allowed());
    }

    /** How many reviewers must approve the revision: the most any policy asks for, at least 1. */
    public int approvalsRequired() {
        return policies.stream().mapToInt(result -> result.decision().approvalsRequired()).max().orElse(1);
    }

    /** Every rule of every policy that refused, as {@code <policy id>:<rule>}, in order; empty when none did. */
    public List<String> refusingRules() {
        List<String> rules = new ArrayList<>();
        for (ReviewPolicies.Result result : policies) {
            for (RuleOutcome failure : result.decision().failures()) {
                rules.add(result.policyId() + ":" + failure.rule());
            }
        }
        return rules;
    }

    /**
     * @param reason the reason the actor gave, if any
     * @throws TransitionRefusedException the workflow's refusal; else for a missing reason the transition needs;
     *                                    else naming every rule of every policy that refused
     */
    public void requireAllowed(String reason) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        ContentItem.requireReason(action, reason);
        List<String> reasons = policies.stream().flatMap(result -> result.decision().failures().stream())
                .map(RuleOutcome::reason).toList();
        if (!reasons.isEmpty()) {
            throw new TransitionRefusedException(Reason.POLICY, String.join("; ", reasons), refusingRules());
        }
    }
}
