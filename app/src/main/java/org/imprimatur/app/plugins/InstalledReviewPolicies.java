package org.imprimatur.app.plugins;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.review.application.NewsroomPolicy;
import org.imprimatur.review.application.ReviewPolicies;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewPolicy;

/** The review policies for the review desk: the built-in newsroom policy first, then those the plugin registry found. */
@ApplicationScoped
public class InstalledReviewPolicies implements ReviewPolicies {

    @Inject
    private ProviderRegistry registry;

    @Inject
    private NewsroomPolicy newsroom;

    @Override
    public List<Result> evaluate(ProposedTransition transition) {
        return Stream.concat(Stream.of(newsroom), registry.providers(Spi.REVIEW_POLICY).stream())
                .map(policy -> new Result(policy.id(), decide(policy, transition)))
                .toList();
    }

    /** A policy that fails to decide refuses, as the SPI's contract says it must. */
    static PolicyDecision decide(ReviewPolicy policy, ProposedTransition transition) {
        try {
            PolicyDecision decision = policy.evaluate(transition);
            return decision != null ? decision
                    : PolicyDecision.refuse("no-decision", "The policy " + policy.id() + " gave no decision");
        } catch (RuntimeException e) {
            return PolicyDecision.refuse("failed", "The policy " + policy.id() + " could not decide: " + e.getMessage());
        }
    }
}
