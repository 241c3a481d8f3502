package org.imprimatur.app.it.plugin;

import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.policy.ReviewPolicy;

/** A newsroom rule dropped in as a plugin: nothing headlined "[HOLD]" is approved or released. */
public class HoldPolicy implements ReviewPolicy {

    public static final String ID = "example-hold";
    public static final String MARKER = "[HOLD]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PolicyDecision evaluate(ProposedTransition transition) {
        boolean passing = transition.action() == ReviewAction.APPROVE || transition.action() == ReviewAction.RELEASE;
        if (passing && transition.item().current().title().contains(MARKER)) {
            return PolicyDecision.refuse("hold-marker", "The headline is marked " + MARKER
                    + "; remove the marker in a new revision once the hold is lifted");
        }
        return PolicyDecision.allow();
    }
}
