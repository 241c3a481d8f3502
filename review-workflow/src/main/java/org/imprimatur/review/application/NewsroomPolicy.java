package org.imprimatur.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewPolicy;

/**
 * The built-in review policy: the rules stored for the item's desk and kind (see {@link DeskPolicies}), or the
 * newsroom defaults when none are stored. It is always installed, ahead of any policy a plugin adds.
 */
@ApplicationScoped
public class NewsroomPolicy implements ReviewPolicy {

    public static final String ID = "newsroom";

    @Inject
    private DeskPolicies desks;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PolicyDecision evaluate(ProposedTransition transition) {
        return desks.inForce(transition.item().desk(), transition.item().current().kind()).rules().decide(transition);
    }
}
