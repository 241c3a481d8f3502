package org.imprimatur.spi.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.source.SourceRights;

/**
 * A transition someone asked for, before it happens, with what a policy needs to judge it.
 *
 * @param item          the item as it is now
 * @param action        what is asked
 * @param actor         who asks
 * @param reports       the check reports on the item's current revision
 * @param findings      the checks' findings on the current revision, with their resolution
 * @param approvals     the user names of the reviewers who approved the current revision so far, in order
 * @param sources       the recorded rights of the sources the item's model card names, by source id; a source the
 *                      library does not hold has none
 * @param depictsPeople whether the item (an image) shows people, as its editor or a reviewer said
 * @param at            when the transition would happen; policies judge time-bound rules (embargoes) against it
 * @param pendingChecks the installed checks that apply to the item and have not yet reported on its current
 *                      revision: their findings are not among {@code findings} yet
 */
public record ProposedTransition(ContentItemView item, ReviewAction action, Actor actor, List<CheckReport> reports,
                                 List<ReviewedFinding> findings, List<String> approvals,
                                 Map<String, SourceRights> sources, boolean depictsPeople, Instant at,
                                 Set<String> pendingChecks) {

    public ProposedTransition {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reports = List.copyOf(reports);
        findings = List.copyOf(findings);
        approvals = List.copyOf(approvals);
        sources = Map.copyOf(sources);
        pendingChecks = Set.copyOf(pendingChecks);
    }
}
