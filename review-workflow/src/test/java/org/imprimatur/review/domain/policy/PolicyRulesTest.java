package org.imprimatur.review.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.policy.PolicyDecision;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.policy.ReviewedFinding;
import org.imprimatur.spi.policy.ReviewedFinding.Resolution;
import org.imprimatur.spi.policy.RuleOutcome;
import org.imprimatur.spi.source.SourceRights;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of the newsroom policy on its own, then the rules together as a stored policy reads them. */
class PolicyRulesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
    private static final Actor PUBLISHER = new Actor("paul", Set.of(Role.PUBLISHER));
    private static final DisclosureLabel LABEL = new DisclosureLabel("Drafted with AI, checked by our editors.",
            "compositeWithTrainedAlgorithmicMedia", "rita", NOW);

    /** A proposed transition with nothing against it; each test changes what its rule looks at. */
    private record Proposal(ContentKind kind, ReviewAction action, Actor actor, List<ReviewedFinding> findings,
                            List<String> approvals, Map<String, SourceRights> sources, boolean depictsPeople,
                            Optional<DisclosureLabel> label) {

        static Proposal approval() {
            return new Proposal(ContentKind.ARTICLE, ReviewAction.APPROVE, REVIEWER, List.of(), List.of(), Map.of(),
                    false, Optional.empty());
        }

        static Proposal release() {
            return new Proposal(ContentKind.ARTICLE, ReviewAction.RELEASE, PUBLISHER, List.of(), List.of("rita"),
                    Map.of(), false, Optional.of(LABEL));
        }

        Proposal with(ReviewedFinding... more) {
            return new Proposal(kind, action, actor, List.of(more), approvals, sources, depictsPeople, label);
        }

        Proposal by(Actor someone) {
            return new Proposal(kind, action, someone, findings, approvals, sources, depictsPeople, label);
        }

        Proposal approvedBy(String... reviewers) {
            return new Proposal(kind, action, actor, findings, List.of(reviewers), sources, depictsPeople, label);
        }

        Proposal drawingOn(String sourceId, Instant embargoedUntil) {
            return new Proposal(kind, action, actor, findings, approvals,
                    Map.of(sourceId, new SourceRights("Wire", "agreement", embargoedUntil)), depictsPeople, label);
        }

        Proposal image(boolean showsPeople) {
            return new Proposal(ContentKind.IMAGE, action, actor, findings, approvals, sources, showsPeople, label);
        }

        Proposal unlabelled() {
            return new Proposal(kind, action, actor, findings, approvals, sources, depictsPeople, Optional.empty());
        }

        ProposedTransition transition() {
            return transitionAwaiting(Set.of());
        }

        /** The transition while these checks have not reported on the revision yet. */
        ProposedTransition transitionAwaiting(Set<String> pendingChecks) {
            ItemId id = ItemId.random();
            RevisionView revision = new RevisionView(id, kind, 1, "Budget passes", "The council passed the budget.",
                    new ModelCard("grounded", "extractive", "1", Map.of(), Sha256.ofUtf8("prompt"), List.of("s1")),
                    List.of(), "erin", NOW.minusSeconds(3600));
            ItemState state = action == ReviewAction.RELEASE ? ItemState.APPROVED : ItemState.IN_REVIEW;
            return new ProposedTransition(new ContentItemView(id, "politics", state, "erin", revision, label),
                    action, actor, List.of(), findings, approvals, sources, depictsPeople, NOW, pendingChecks);
        }
    }

    private static ReviewedFinding finding(String category, Severity severity, Verdict verdict, Resolution status) {
        return new ReviewedFinding("f-" + category + "-" + status, "fact", category, severity, verdict, status);
    }

    private static RuleOutcome judge(PolicyRule rule, Proposal proposal) {
        return rule.evaluate(proposal.transition(), rule.defaults());
    }

    @Nested
    class NoUnresolvedHigh {

        @Test
        void anOpenHighSeverityFindingFails() {
            RuleOutcome outcome = judge(PolicyRule.NO_UNRESOLVED_HIGH, Proposal.approval()
                    .with(finding("number", Severity.HIGH, Verdict.CONTRADICTED, Resolution.OPEN)));
            assertFalse(outcome.passed());
            assertEquals("no-unresolved-high", outcome.rule());
        }

        @Test
        void aResolvedOneOrAnOpenMediumOnePasses() {
            assertTrue(judge(PolicyRule.NO_UNRESOLVED_HIGH, Proposal.approval()
                    .with(finding("number", Severity.HIGH, Verdict.CONTRADICTED, Resolution.OVERRIDDEN),
                            finding("date", Severity.MEDIUM, Verdict.UNVERIFIABLE, Resolution.OPEN))).passed());
        }
    }

    @Nested
    class NoUnresolvedContradiction {

        @Test
        void anOpenContradictionOfAnySeverityFails() {
            assertFalse(judge(PolicyRule.NO_UNRESOLVED_CONTRADICTION, Proposal.release()
                    .with(finding("date", Severity.MEDIUM, Verdict.CONTRADICTED, Resolution.OPEN))).passed());
        }

        @Test
        void anOverriddenContradictionOrAnOpenUnverifiableClaimPasses() {
            assertTrue(judge(PolicyRule.NO_UNRESOLVED_CONTRADICTION, Proposal.release()
                    .with(finding("date", Severity.MEDIUM, Verdict.CONTRADICTED, Resolution.OVERRIDDEN),
                            finding("claim", Severity.LOW, Verdict.UNVERIFIABLE, Resolution.OPEN))).passed());
        }
    }

    @Nested
    class QuotesVerified {

        @Test
        void aQuoteTheSourcesSupportOrAReviewerAcceptedPasses() {
            assertTrue(judge(PolicyRule.QUOTES_VERIFIED, Proposal.approval()
                    .with(finding("quote", Severity.NONE, Verdict.SUPPORTED, Resolution.OPEN),
                            finding("quote", Severity.HIGH, Verdict.UNVERIFIABLE, Resolution.ACCEPTED))).passed());
        }

        @Test
        void anOverriddenQuoteIsNotVerified() {
            RuleOutcome outcome = judge(PolicyRule.QUOTES_VERIFIED, Proposal.approval()
                    .with(finding("quote", Severity.HIGH, Verdict.UNVERIFIABLE, Resolution.OVERRIDDEN)));
            assertFalse(outcome.passed());
            assertTrue(outcome.reason().startsWith("1 of 1 direct quotes"), outcome.reason());
        }

        @Test
        void otherCategoriesAreNotQuotes() {
            assertTrue(judge(PolicyRule.QUOTES_VERIFIED, Proposal.approval()
                    .with(finding("name", Severity.MEDIUM, Verdict.UNVERIFIABLE, Resolution.OPEN))).passed());
        }
    }

    @Nested
    class ReviewerApprovals {

        @Test
        void oneApprovalForAnArticleTwoForAnImageOfPeople() {
            PolicyRule rule = PolicyRule.REVIEWER_APPROVALS;
            assertEquals(1, rule.approvalsRequired(Proposal.approval().transition(), rule.defaults()));
            assertEquals(1, rule.approvalsRequired(Proposal.approval().image(false).transition(), rule.defaults()));
            assertEquals(2, rule.approvalsRequired(Proposal.approval().image(true).transition(), rule.defaults()));
        }

        @Test
        void itNeverRefusesItCounts() {
            RuleOutcome outcome = judge(PolicyRule.REVIEWER_APPROVALS, Proposal.approval().image(true)
                    .approvedBy("rhea"));
            assertTrue(outcome.passed());
            assertEquals("2 approvals needed for an image showing people; 1 given before this one", outcome.reason());
        }

        @Test
        void theCountsAreParameters() {
            PolicyDecision decision = PolicyRules.of(Map.of("reviewer-approvals", Map.of("count", 3)))
                    .decide(Proposal.approval().transition());
            assertEquals(3, decision.approvalsRequired());
        }
    }

    @Nested
    class ChecksCompleteRule {

        @Test
        void releaseWaitsForEveryCheckToReport() {
            PolicyRule rule = PolicyRule.CHECKS_COMPLETE;
            RuleOutcome waiting = rule.evaluate(Proposal.release().transitionAwaiting(Set.of("toxicity", "fact")),
                    rule.defaults());

            assertFalse(waiting.passed());
            assertTrue(waiting.reason().contains("fact, toxicity"), waiting.reason());
            assertTrue(judge(rule, Proposal.release()).passed());
            assertFalse(rule.gates().contains(ReviewAction.APPROVE), "approval may come first; release asks again");
        }
    }

    @Nested
    class DisclosureLabelRule {

        @Test
        void releaseNeedsALabel() {
            assertFalse(judge(PolicyRule.DISCLOSURE_LABEL, Proposal.release().unlabelled()).passed());
            assertTrue(judge(PolicyRule.DISCLOSURE_LABEL, Proposal.release()).passed());
        }
    }

    @Nested
    class PublisherReleases {

        @Test
        void someoneWhoIsNoPublisherFails() {
            assertTrue(judge(PolicyRule.PUBLISHER_RELEASES, Proposal.release()).passed());
            assertFalse(judge(PolicyRule.PUBLISHER_RELEASES, Proposal.release()
                    .by(new Actor("ann", Set.of(Role.ADMIN)))).passed());
        }
    }

    @Nested
    class ApproverNotReleaser {

        @Test
        void whoeverApprovedTheRevisionDoesNotReleaseIt() {
            Actor both = new Actor("rob", Set.of(Role.REVIEWER, Role.PUBLISHER));
            assertFalse(judge(PolicyRule.APPROVER_NOT_RELEASER, Proposal.release().by(both).approvedBy("rob"))
                    .passed());
            assertTrue(judge(PolicyRule.APPROVER_NOT_RELEASER, Proposal.release().by(both).approvedBy("rita"))
                    .passed());
        }
    }

    @Nested
    class Embargo {

        @Test
        void noReleaseBeforeASourcesEmbargoEnds() {
            RuleOutcome outcome = judge(PolicyRule.EMBARGO, Proposal.release().drawingOn("wire-1", NOW.plusSeconds(1)));
            assertFalse(outcome.passed());
            assertTrue(outcome.reason().contains("wire-1"), outcome.reason());
        }

        @Test
        void fromTheEmbargoTimeOnOrWithoutEmbargoItPasses() {
            assertTrue(judge(PolicyRule.EMBARGO, Proposal.release().drawingOn("wire-1", NOW)).passed());
            assertTrue(judge(PolicyRule.EMBARGO, Proposal.release().drawingOn("wire-1", null)).passed());
        }
    }

    @Nested
    class AsAPolicy {

        @Test
        void theDefaultHoldsEveryRule() {
            assertEquals(List.of("no-unresolved-high", "no-unresolved-contradiction", "quotes-verified",
                    "reviewer-approvals", "checks-complete", "disclosure-label", "publisher-releases",
                    "approver-not-releaser", "embargo"), List.copyOf(PolicyRules.defaults().asMap().keySet()));
        }

        @Test
        void eachActionIsJudgedByTheRulesThatGateItAndEveryFailureIsNamed() {
            PolicyDecision release = PolicyRules.defaults().decide(Proposal.release().unlabelled()
                    .by(new Actor("rita", Set.of(Role.REVIEWER, Role.PUBLISHER)))
                    .with(finding("number", Severity.HIGH, Verdict.CONTRADICTED, Resolution.OPEN)).transition());

            assertEquals(List.of("no-unresolved-high", "no-unresolved-contradiction", "quotes-verified",
                    "checks-complete", "disclosure-label", "publisher-releases", "approver-not-releaser", "embargo"),
                    release.outcomes().stream().map(RuleOutcome::rule).toList());
            assertEquals(List.of("no-unresolved-high", "no-unresolved-contradiction", "disclosure-label",
                    "approver-not-releaser"), release.failures().stream().map(RuleOutcome::rule).toList());
            assertTrue(PolicyRules.defaults().decide(Proposal.approval().transition()).allowed());
        }

        @Test
        void actionsNoRuleGatesAreAllowed() {
            Proposal sendBack = new Proposal(ContentKind.ARTICLE, ReviewAction.REQUEST_CHANGES, REVIEWER,
                    List.of(finding("number", Severity.HIGH, Verdict.CONTRADICTED, Resolution.OPEN)), List.of(),
                    Map.of(), false, Optional.empty());
            PolicyDecision decision = PolicyRules.defaults().decide(sendBack.transition());
            assertTrue(decision.allowed());
            assertEquals(List.of(), decision.outcomes());
        }

        @Test
        void aRuleLeftOutIsOff() {
            PolicyRules withoutLabel = PolicyRules.of(Map.of("no-unresolved-high", Map.of()));
            assertTrue(withoutLabel.decide(Proposal.release().unlabelled().transition()).allowed());
        }

        @Test
        void unknownRulesParametersAndValuesAreAllNamed() {
            InvalidPolicyException invalid = assertThrows(InvalidPolicyException.class, () -> PolicyRules.of(Map.of(
                    "no-swearing", Map.of(),
                    "embargo", Map.of("hours", 2),
                    "reviewer-approvals", Map.of("count", 0))));
            assertEquals(3, invalid.problems().size(), invalid.getMessage());
            assertThrows(InvalidPolicyException.class, () -> PolicyRules.of(
                    Map.of("reviewer-approvals", Map.of("count", 1.5))));
        }

        @Test
        void storedRulesReadBackTheSame() {
            PolicyRules rules = PolicyRules.of(Map.of("reviewer-approvals", Map.of("imagesOfPeople", 3), "embargo",
                    Map.of()));
            assertEquals(Map.of("reviewer-approvals", Map.of("count", 1, "imagesOfPeople", 3), "embargo", Map.of()),
                    rules.asMap());
            assertEquals(rules, PolicyRules.of(rules.asMap()));
        }
    }
}
