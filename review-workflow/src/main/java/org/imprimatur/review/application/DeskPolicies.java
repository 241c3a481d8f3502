package org.imprimatur.review.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.review.domain.policy.DeskPolicy;
import org.imprimatur.review.domain.policy.DeskPolicyRepository;
import org.imprimatur.review.domain.policy.PolicyChangedMeanwhileException;
import org.imprimatur.review.domain.policy.PolicyRules;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * The review policies of the desks, as data: which is in force for a desk and kind of content, their history, and
 * storing a new version, which the ledger records in the same transaction.
 */
@ApplicationScoped
public class DeskPolicies {

    @Inject
    private DeskPolicyRepository policies;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    /** The policy in force for content of this kind on this desk: its own, else every desk's, else the built-in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeskPolicy inForce(String desk, ContentKind kind) {
        return policies.current(policyDesk(desk), kind)
                .or(() -> policies.current(DeskPolicy.ANY_DESK, kind))
                .orElseGet(() -> DeskPolicy.builtIn(kind));
    }

    /**
     * Every policy in force: for each kind, the one every desk without its own follows (stored or built-in), then
     * the desks' own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeskPolicy> current() {
        List<DeskPolicy> stored = policies.currentVersions();
        List<DeskPolicy> current = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            current.add(inForce(DeskPolicy.ANY_DESK, kind));
        }
        stored.stream().filter(policy -> !policy.desk().equals(DeskPolicy.ANY_DESK)).forEach(current::add);
        return current;
    }

    /**
     * The stored versions of a desk's policy for a kind, newest first; for {@link DeskPolicy#ANY_DESK} the built-in
     * default comes last, as the version everything started from.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeskPolicy> history(String desk, ContentKind kind) {
        String name = policyDesk(desk);
        List<DeskPolicy> history = new ArrayList<>(policies.history(name, kind));
        if (name.equals(DeskPolicy.ANY_DESK)) {
            history.add(DeskPolicy.builtIn(kind));
        }
        return history;
    }

    /**
     * Stores a new version of a desk's policy for a kind and records it in the ledger.
     *
     * @param desk  a desk name, or {@link DeskPolicy#ANY_DESK} for every desk without a policy of its own
     * @param rules           rule name → parameters; a rule left out is off
     * @param expectedVersion the version the change was made to (the built-in's is 0), or {@code null} to change
     *                        whatever version is in force
     * @throws org.imprimatur.review.domain.policy.InvalidPolicyException if a rule or parameter is unknown or a
     *                                                                      value out of range
     * @throws PolicyChangedMeanwhileException if the desk's version is not {@code expectedVersion}, or another
     *                                         version was stored at the same time
     * @throws TransitionRefusedException if the actor is no admin or the desk name is no slug
     */
    @Transactional
    public DeskPolicy change(String desk, ContentKind kind, Map<String, ? extends Map<String, ?>> rules,
                             Integer expectedVersion, Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only an admin changes a review policy");
        }
        String name = policyDesk(desk);
        PolicyRules checked = PolicyRules.of(rules);
        int previous = policies.current(name, kind).map(DeskPolicy::version).orElse(DeskPolicy.BUILT_IN_VERSION);
        if (expectedVersion != null && expectedVersion != previous) {
            throw new PolicyChangedMeanwhileException("The " + kind.name().toLowerCase(Locale.ROOT)
                    + " policy of desk '" + name + "' is at version " + previous + ", not " + expectedVersion
                    + "; reload it and make the change to that version");
        }
        DeskPolicy policy = new DeskPolicy(name, kind, previous + 1, checked, actor.name(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        policies.add(policy);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("desk", policy.desk());
        payload.put("kind", kind.name());
        payload.put("version", policy.version());
        payload.put("rules", checked.asMap());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.POLICY_CHANGED, actor.name(), null, payload));
        return policy;
    }

    private static String policyDesk(String desk) {
        return DeskPolicy.ANY_DESK.equals(desk) ? DeskPolicy.ANY_DESK : ContentItem.deskName(desk);
    }
}
