package org.imprimatur.review.domain;

import java.util.List;
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
        /** The item's state does not allow the action. */
        ILLEGAL_STATE,
        /** The actor acted on an older revision than the current one. */
        STALE_REVISION,
        /** The request lacks something the action needs, such as a reason. */
        INCOMPLETE_REQUEST,
        /** The item has no AI-disclosure label, which its release needs. */
        DISCLOSURE_MISSING,
        /** Review policy rules refused it; {@link #rules()} names them. */
        POLICY,
        /** The person an item was to be assigned to cannot do the work it waits for. */
        INELIGIBLE_ASSIGNEE,
        /** The item is assigned to someone else already. */
        ALREADY_ASSIGNED
    }

    private final Reason reason;
    private final List<String> rules;

    public TransitionRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /**
     * @param rules the policy rules that refused, each as {@code <policy id>:<rule>}; for {@link Reason#POLICY}
     */
    public TransitionRefusedException(Reason reason, String message, List<String> rules) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.rules = List.copyOf(rules);
    }

    public Reason reason() {
        return reason;
    }

    /** The policy rules that refused the transition, in order, for {@link Reason#POLICY}; empty otherwise. */
    public List<String> rules() {
        return rules;
    }
}
