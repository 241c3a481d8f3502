package org.imprimatur.spi.policy;

import org.imprimatur.spi.Provider;

/**
 * A rule an item must satisfy before a transition, e.g. "no unresolved high-severity finding before approval"
 * or "two approvals for the politics desk".
 *
 * <p>Every installed policy is asked about every transition; one refusal stops it. Policies add rules, they never
 * lift the workflow's own (the state machine and four eyes hold whatever a policy says).
 *
 * <p><b>Threading:</b> one instance serves all requests concurrently. <b>Failure:</b> a policy that cannot
 * decide must refuse, not allow.
 */
public interface ReviewPolicy extends Provider {

    /**
     * Decides one proposed transition. Runs inside the transaction that will make it, so it must be quick and
     * must not call out of the process.
     */
    PolicyDecision evaluate(ProposedTransition transition);
}
