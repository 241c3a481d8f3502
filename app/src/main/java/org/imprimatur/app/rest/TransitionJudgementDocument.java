package org.imprimatur.app.rest;

import java.util.List;

import org.imprimatur.review.application.ReviewPolicies;
import org.imprimatur.review.application.TransitionJudgement;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.spi.policy.RuleOutcome;

/**
 * How a transition would be judged if the caller took it now: what a reviewer sees before the click.
 *
 * @param action            the transition, as its wire name
 * @param revision          the revision it was judged on
 * @param allowed           whether it would go ahead (given a reason, where {@code reasonNeeded})
 * @param reasonNeeded      whether it needs a written reason, which is only checked when it is taken
 * @param refusal           the workflow's refusal, as the transition would answer it (type, title, detail); absent
 *                          when the workflow permits it. The policies are not asked then, and {@code policies} is empty
 * @param approvalsRequired how many reviewers must approve the revision, the most any policy asks for
 * @param approvals         the reviewers who approved the revision so far
 * @param policies          every installed policy's judgement, in their order
 */
public record TransitionJudgementDocument(String action, int revision, boolean allowed, boolean reasonNeeded,
                                          Refusal refusal, int approvalsRequired, List<String> approvals,
                                          List<PolicyJudgement> policies) {

    /** The problem the transition would be refused with. */
    public record Refusal(String type, String title, String detail) {

        static Refusal of(TransitionRefusedException refusal) {
            Problem problem = ExceptionMappers.TransitionRefused.problem(refusal);
            return new Refusal(problem.type(), problem.title(), problem.detail());
        }
    }

    /** One policy's judgement: every rule that gates the action, passed or blocking, with why. */
    public record PolicyJudgement(String policy, boolean allowed, int approvalsRequired, List<Rule> rules) {

        static PolicyJudgement of(ReviewPolicies.Result result) {
            return new PolicyJudgement(result.policyId(), result.decision().allowed(),
                    result.decision().approvalsRequired(), result.decision().outcomes().stream().map(Rule::of).toList());
        }
    }

    /** How one rule judged the transition; {@code reason} says why, for the person who decides. */
    public record Rule(String rule, boolean passed, String reason) {

        static Rule of(RuleOutcome outcome) {
            return new Rule(outcome.rule(), outcome.passed(), outcome.reason());
        }
    }

    static TransitionJudgementDocument of(TransitionJudgement judgement) {
        return new TransitionJudgementDocument(judgement.action().wireName(), judgement.revision(),
                judgement.allowed(), judgement.reasonNeeded(), judgement.refusal().map(Refusal::of).orElse(null),
                judgement.approvalsRequired(), judgement.approvals(),
                judgement.policies().stream().map(PolicyJudgement::of).toList());
    }
}
