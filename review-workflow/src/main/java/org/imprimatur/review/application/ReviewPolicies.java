package org.imprimatur.review.application;

import java.util.List;

import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;

/**
 * The installed {@link org.imprimatur.spi.policy.ReviewPolicy review policies}, as the desk consults them. The
 * deployable provides it from its plugin registry; the workflow knows policies only through this port and the SPI.
 */
public interface ReviewPolicies {

    /** One policy's answer, with the policy's id. */
    record Result(String policyId, PolicyDecision decision) {
    }

    /** Asks every installed policy about a transition, in their order. */
    List<Result> evaluate(ProposedTransition transition);
}
