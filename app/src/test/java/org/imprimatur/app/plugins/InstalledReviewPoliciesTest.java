package org.imprimatur.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.policy.ReviewPolicy;
import org.junit.jupiter.api.Test;

/** A policy that cannot decide refuses: the SPI's contract, enforced where policies are called. */
class InstalledReviewPoliciesTest {

    private static final ItemId ID = ItemId.random();
    private static final ProposedTransition APPROVAL = new ProposedTransition(
            new ContentItemView(ID, "general", ItemState.IN_REVIEW, "alice", new RevisionView(ID,
                    ContentKind.ARTICLE, 1, "Title", "Body.",
                    new ModelCard("grounded", "m", "1", Map.of(), Sha256.ofUtf8("p"), List.of()), List.of(),
                    "alice", Instant.EPOCH), Optional.empty()),
            ReviewAction.APPROVE, new Actor("bob", Set.of(Role.REVIEWER)), List.of(), List.of(), List.of(), Map.of(),
            false, Instant.EPOCH, Set.of());

    private static ReviewPolicy policy(String id, java.util.function.Function<ProposedTransition, PolicyDecision> rule) {
        return new ReviewPolicy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public PolicyDecision evaluate(ProposedTransition transition) {
                return rule.apply(transition);
            }
        };
    }

    @Test
    void anAnswerIsPassedOnAsGiven() {
        assertTrue(InstalledReviewPolicies.decide(policy("yes", t -> PolicyDecision.allow()), APPROVAL).allowed());
        PolicyDecision no = InstalledReviewPolicies.decide(
                policy("no", t -> PolicyDecision.refuse("rule", "Because.")), APPROVAL);
        assertFalse(no.allowed());
        assertEquals("rule", no.firstFailure().orElseThrow().rule());
    }

    @Test
    void aPolicyThatThrowsRefuses() {
        PolicyDecision decision = InstalledReviewPolicies.decide(policy("broken", t -> {
            throw new IllegalStateException("lexicon missing");
        }), APPROVAL);
        assertFalse(decision.allowed());
        assertEquals("failed", decision.firstFailure().orElseThrow().rule());
        String reason = decision.firstFailure().orElseThrow().reason();
        assertTrue(reason.contains("lexicon missing"), reason);
    }

    @Test
    void aPolicyThatAnswersNothingRefuses() {
        PolicyDecision decision = InstalledReviewPolicies.decide(policy("silent", t -> null), APPROVAL);
        assertFalse(decision.allowed());
        assertEquals("no-decision", decision.firstFailure().orElseThrow().rule());
    }
}
