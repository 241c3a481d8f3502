package org.imprimatur.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * Who works on which item: claiming, handing out, letting go, and a reviewer's "next item". Each change is one
 * transaction with its ledger entry ({@code ITEM_ASSIGNED}, {@code ITEM_UNASSIGNED}); the item's optimistic lock
 * settles two changes to one item at once (the second fails).
 */
@ApplicationScoped
public class Assignments {

    @Inject
    private ContentItemRepository items;

    @Inject
    private UserDirectory users;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    /**
     * Assigns an item: to the caller (a claim) when {@code assignee} is the caller's own name, otherwise to that
     * person; the rules are {@link ContentItem#assign}'s.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws TransitionRefusedException if the assignment breaks a rule, or nobody has that user name
     * @throws jakarta.persistence.OptimisticLockException if someone else changed the item meanwhile
     */
    @Transactional
    public ContentItem assign(ItemId id, String assignee, Actor by) {
        ContentItem item = items.find(id).orElseThrow(() -> new ItemNotFoundException(id.toString()));
        boolean claim = assignee.equals(by.name());
        Actor person = claim ? by : users.find(assignee).orElseThrow(() -> new TransitionRefusedException(
                Reason.INELIGIBLE_ASSIGNEE, "Nobody has the user name '" + assignee + "'"));
        String previous = item.assignee().orElse(null);
        if (item.assign(person, by, now())) {
            items.flush();
            provenance.record(AssignmentEvents.assigned(item, previous, by, claim ? "claim" : "assign"));
        }
        return item;
    }

    /**
     * Ends an item's assignment, at its assignee's or an admin's request.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws TransitionRefusedException if the caller is neither its assignee nor an admin
     * @throws jakarta.persistence.OptimisticLockException if someone else changed the item meanwhile
     */
    @Transactional
    public ContentItem unassign(ItemId id, Actor by) {
        ContentItem item = items.find(id).orElseThrow(() -> new ItemNotFoundException(id.toString()));
        String previous = item.assignee().orElse(null);
        if (item.unassign(by, now())) {
            items.flush();
            provenance.record(AssignmentEvents.unassigned(item, previous, by, "unassign"));
        }
        return item;
    }

    /**
     * Hands a reviewer the unassigned item that has waited longest in review, among those they could pass, and
     * assigns it to them. Two reviewers asking at once never get the same item: the candidate row is locked and
     * skipped by everyone else until this transaction ends.
     *
     * @param desks the desks to take it from; empty for any
     * @return the item now assigned to the reviewer, or empty when nothing waits for them
     * @throws TransitionRefusedException if the caller is no reviewer
     */
    @Transactional
    public Optional<ContentItem> next(Set<String> desks, Actor reviewer) {
        if (!reviewer.hasRole(Role.REVIEWER)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only a reviewer takes items from the queue");
        }
        Optional<ContentItem> next = items.lockOldestUnassigned(
                desks.stream().map(ContentItem::deskName).collect(Collectors.toSet()), reviewer.name());
        next.ifPresent(item -> {
            item.assign(reviewer, reviewer, now());
            items.flush();
            provenance.record(AssignmentEvents.assigned(item, null, reviewer, "next"));
        });
        return next;
    }

    // The ledger keeps milliseconds; so do items, so that both tell the same time.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
