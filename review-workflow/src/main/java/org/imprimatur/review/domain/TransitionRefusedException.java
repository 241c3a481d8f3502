package org.imprimatur.review.domain;

import java.util.Objects;

/**
 * A person asked for something the workflow does not allow. The {@link Reason} tells the caller what kind of
 * refusal it is (the REST layer turns it into a status code); the message says why in words.
 */
public class TransitionRefusedException extends RuntimeException {

    /** Why a transition was refused. */
    public enum Reason {
        /** The actor lacks the role the action needs. */
        MISSING_ROLE,
        /** The actor generated or wrote the item and may not also pass it. */
        FOUR_EYES,
        /** The actor approved the item and may not also release it. */
        SEPARATION_OF_DUTIES,
        /** The item's state does not allow the action. */
        ILLEGAL_STATE,
        /** The actor acted on an older revision than the current one. */
        STALE_REVISION,
        /** The request lacks something the action needs, such as a reason. */
        INCOMPLETE_REQUEST,
        /** The item has no AI-disclosure label, which its release needs. */
        DISCLOSURE_MISSING,
        /** A review policy's rule refused it; {@link #rule()} names the rule. */
        POLICY,
        /** The person an item was to be assigned to cannot do the work it waits for. */
        INELIGIBLE_ASSIGNEE,
        /** The item is assigned to someone else already. */
        ALREADY_ASSIGNED
    }

    private final Reason reason;
    private final String rule;

    public TransitionRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * @param rule the policy rule that refused, as {@code <policy id>:<rule>}; for {@link Reason#POLICY}
     */
    public TransitionRefusedException(Reason reason, String message, String rule) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.rule = rule;
    }

    public Reason reason() {
        return reason;
    }

    /** The policy rule that refused the transition, for {@link Reason#POLICY}; {@code null} otherwise. */
    public String rule() {
        return rule;
    }
}
