package org.imprimatur.review.domain.policy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeSet;

import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.policy.ReviewedFinding;
import org.imprimatur.spi.policy.ReviewedFinding.Resolution;
import org.imprimatur.spi.policy.RuleOutcome;
import org.imprimatur.spi.source.SourceRights;

/**
 * A rule a desk's review policy can hold. Each rule knows which actions it gates and which parameters it takes
 * (whole numbers, with defaults); a stored policy says which rules are on and with what parameters.
 */
public enum PolicyRule {

    /** No finding of high severity still open: approve and release. */
    NO_UNRESOLVED_HIGH("no-unresolved-high",
            "No finding of high severity may still be open.",
            EnumSet.of(ReviewAction.APPROVE, ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            return noneOpen(transition, finding -> finding.severity() == Severity.HIGH, "high-severity finding");
        }
    },

    /** No contradicted claim still open (overriding it with a reason resolves it): approve and release. */
    NO_UNRESOLVED_CONTRADICTION("no-unresolved-contradiction",
            "No claim the sources contradict may still be open (an override with a reason resolves it).",
            EnumSet.of(ReviewAction.APPROVE, ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            return noneOpen(transition, finding -> finding.verdict() == Verdict.CONTRADICTED, "contradicted claim");
        }
    },

    /**
     * Every direct quote supported by the sources or accepted by a reviewer on evidence; overriding a quote does
     * not do: approve and release.
     */
    QUOTES_VERIFIED("quotes-verified",
            "Every direct quote is supported by the sources or accepted by a reviewer on evidence; an override "
            + "does not do.",
            EnumSet.of(ReviewAction.APPROVE, ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            List<ReviewedFinding> quotes = transition.findings().stream()
                    .filter(finding -> QUOTE.equals(finding.category())).toList();
            long unverified = quotes.stream().filter(quote -> quote.verdict() != Verdict.SUPPORTED
                    && quote.resolution() != Resolution.ACCEPTED).count();
            return unverified == 0
                    ? outcome(true, quotes.isEmpty() ? "No direct quotes"
                            : "All " + quotes.size() + " direct quotes are verified or accepted")
                    : outcome(false, unverified + " of " + quotes.size() + " direct quotes are neither "
                            + "verified against the sources nor accepted on evidence by a reviewer");
        }
    },

    /**
     * How many distinct reviewers approve a revision before the item is approved: {@code count}, or
     * {@code imagesOfPeople} for an image showing people. It never refuses an approval; it says how many are
     * needed.
     */
    REVIEWER_APPROVALS("reviewer-approvals",
            "How many different reviewers approve a revision: count, or imagesOfPeople for an image showing people.",
            EnumSet.of(ReviewAction.APPROVE),
            Map.of(Parameter.COUNT, 1, Parameter.IMAGES_OF_PEOPLE, 2)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            int required = approvalsRequired(transition, parameters);
            return outcome(true, required + (required == 1 ? " approval" : " approvals") + " needed"
                    + (showsPeople(transition) ? " for an image showing people" : "") + "; "
                    + transition.approvals().size() + " given before this one");
        }

        @Override
        int approvalsRequired(ProposedTransition transition, Map<String, Integer> parameters) {
            return showsPeople(transition) ? parameters.get(Parameter.IMAGES_OF_PEOPLE) : parameters.get(Parameter.COUNT);
        }
    },

    /**
     * Every installed check that applies has reported on the current revision, so that the findings rules judge all
     * of its findings: release. (Approval may come first; the findings rules are asked again at release.)
     */
    CHECKS_COMPLETE("checks-complete",
            "Every installed check that applies has reported on the current revision.",
            EnumSet.of(ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            return transition.pendingChecks().isEmpty()
                    ? outcome(true, "Every check has reported on this revision")
                    : outcome(false, "The " + String.join(", ", new TreeSet<>(transition.pendingChecks()))
                            + " check(s) have not reported on this revision yet; release waits for their findings");
        }
    },

    /** An AI-disclosure label is set: release. */
    DISCLOSURE_LABEL("disclosure-label", "An AI-disclosure label is set.", EnumSet.of(ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            return transition.item().disclosure().isPresent()
                    ? outcome(true, "An AI-disclosure label is set")
                    : outcome(false, "No AI-disclosure label is set; set one before release");
        }
    },

    /**
     * Only a publisher releases. The workflow itself holds to this whatever the policy says; the rule puts it in
     * the policy's record of the release.
     */
    PUBLISHER_RELEASES("publisher-releases", "Only a publisher releases.", EnumSet.of(ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            String who = transition.actor().name();
            return transition.actor().hasRole(Role.PUBLISHER)
                    ? outcome(true, who + " is a publisher")
                    : outcome(false, who + " is no publisher; only a publisher releases");
        }
    },

    /** Whoever approved the revision does not also release it: release. */
    APPROVER_NOT_RELEASER("approver-not-releaser",
            "Whoever approved the revision does not also release it.",
            EnumSet.of(ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            String who = transition.actor().name();
            return transition.approvals().contains(who)
                    ? outcome(false, who + " approved this revision and so cannot also release it; "
                            + "another publisher must")
                    : outcome(true, who + " did not approve this revision");
        }
    },

    /** No source the item draws on is under embargo at the time of release: release. */
    EMBARGO("embargo", "No source the item draws on is under embargo.", EnumSet.of(ReviewAction.RELEASE)) {
        @Override
        RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters) {
            Instant at = transition.at();
            Map<String, Instant> embargoed = new LinkedHashMap<>();
            transition.sources().entrySet().stream()
                    .filter(source -> embargoedAt(source.getValue(), at))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(source -> embargoed.put(source.getKey(), source.getValue().embargoedUntil()));
            return embargoed.isEmpty()
                    ? outcome(true, "No source is under embargo")
                    : outcome(false, "Under embargo: " + embargoed.entrySet().stream()
                            .map(source -> "source " + source.getKey() + " until " + source.getValue())
                            .reduce((a, b) -> a + ", " + b).orElseThrow());
        }
    };

    static final String QUOTE = "quote";
    /** The smallest and largest value a parameter takes: a count of reviewers. */
    public static final int MIN_PARAMETER = 1;
    public static final int MAX_PARAMETER = 10;

    /** The parameters' names, apart so that the constants above can use them. */
    static final class Parameter {
        static final String COUNT = "count";
        static final String IMAGES_OF_PEOPLE = "imagesOfPeople";

        private Parameter() {
        }
    }

    private final String wireName;
    private final String description;
    private final Set<ReviewAction> gates;
    private final Map<String, Integer> defaults;

    PolicyRule(String wireName, String description, Set<ReviewAction> gates) {
        this(wireName, description, gates, Map.of());
    }

    PolicyRule(String wireName, String description, Set<ReviewAction> gates, Map<String, Integer> defaults) {
        this.wireName = wireName;
        this.description = description;
        this.gates = Set.copyOf(gates);
        this.defaults = Map.copyOf(defaults);
    }

    /** How the rule judges a transition it gates. */
    abstract RuleOutcome evaluate(ProposedTransition transition, Map<String, Integer> parameters);

    /** How many approvals the rule asks for; most rules leave it at one. */
    int approvalsRequired(ProposedTransition transition, Map<String, Integer> parameters) {
        return 1;
    }

    /** The rule's name in stored policies, the API and the ledger, e.g. {@code no-unresolved-high}. */
    public String wireName() {
        return wireName;
    }

    /** What the rule asks, in a sentence for the people who choose a desk's rules. */
    public String description() {
        return description;
    }

    /** The actions this rule is asked about. */
    public Set<ReviewAction> gates() {
        return gates;
    }

    /** The parameters it takes and their default values; empty for a rule that takes none. */
    public Map<String, Integer> defaults() {
        return defaults;
    }

    /** The rule with this name, if there is one. */
    public static Optional<PolicyRule> fromWireName(String name) {
        return Arrays.stream(values()).filter(rule -> rule.wireName.equals(name)).findFirst();
    }

    // A constant's own name() is not the rule's name on the wire; the outcomes use the wire name.
    RuleOutcome outcome(boolean passed, String reason) {
        return new RuleOutcome(wireName, passed, reason);
    }

    RuleOutcome noneOpen(ProposedTransition transition, Predicate<ReviewedFinding> kind, String what) {
        long open = transition.findings().stream().filter(kind).filter(ReviewedFinding::open).count();
        return open == 0 ? outcome(true, "No unresolved " + what)
                : outcome(false, open + " unresolved " + what + (open == 1 ? "" : "s")
                        + "; fix, accept or override " + (open == 1 ? "it" : "them") + " first");
    }

    private static boolean showsPeople(ProposedTransition transition) {
        return transition.depictsPeople() && transition.item().current().kind() == ContentKind.IMAGE;
    }

    private static boolean embargoedAt(SourceRights rights, Instant at) {
        return rights.embargoedUntil() != null && at.isBefore(rights.embargoedUntil());
    }
}
