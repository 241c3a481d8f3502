package org.imprimatur.app.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * Review rounds read from an item's ledger entries: a round starts when the item enters review (it is submitted, or
 * revised after changes were requested) and ends with the decision that takes it out of review (approved with all
 * the approvals the policy asks for, changes requested, rejected). A revision during review, or a first approval
 * of two, does not end the round: the item waits on.
 */
final class ReviewRounds {

    /** The ledger's events that move an item into or out of review. */
    static final List<ProvenanceEventType> EVENTS = List.of(ProvenanceEventType.ITEM_SUBMITTED,
            ProvenanceEventType.ITEM_REVISED, ProvenanceEventType.ITEM_APPROVED,
            ProvenanceEventType.ITEM_CHANGES_REQUESTED, ProvenanceEventType.ITEM_REJECTED);

    /** The events that may end a round. */
    static final List<ProvenanceEventType> DECISIONS = EVENTS.subList(2, EVENTS.size());

    private ReviewRounds() {
    }

    /** One ledger entry of an item, reduced to when it happened and the state it left the item in. */
    record Step(String itemId, Instant at, ItemState state) {

        /**
         * The step an entry records: the state from its payload (transitions and revisions record it), else the
         * state the event leads to.
         */
        static Step of(String itemId, String eventType, Instant at, JsonObject payload) {
            ProvenanceEventType type = ProvenanceEventType.valueOf(eventType);
            ItemState fallback = switch (type) {
                case ITEM_APPROVED -> ItemState.APPROVED;
                case ITEM_CHANGES_REQUESTED -> ItemState.CHANGES_REQUESTED;
                case ITEM_REJECTED -> ItemState.REJECTED;
                default -> ItemState.IN_REVIEW;
            };
            ItemState state = type == ProvenanceEventType.ITEM_SUBMITTED || !payload.containsKey("state")
                    ? fallback : ItemState.valueOf(payload.getString("state"));
            return new Step(itemId, at, state);
        }
    }

    /** A decided round: when the item entered review and when the decision took it out. */
    record Round(String itemId, Instant entered, Instant decided) {

        Duration duration() {
            return Duration.between(entered, decided);
        }
    }

    /**
     * The decided rounds of the steps, each item's steps in the order they happened (items may interleave). A round
     * still open at the end is not counted: it has no decision yet.
     */
    static List<Round> of(List<Step> steps) {
        Map<String, Instant> inReviewSince = new HashMap<>();
        List<Round> rounds = new ArrayList<>();
        for (Step step : steps) {
            Instant since = inReviewSince.get(step.itemId());
            if (step.state() == ItemState.IN_REVIEW) {
                inReviewSince.putIfAbsent(step.itemId(), step.at());
            } else if (since != null) {
                rounds.add(new Round(step.itemId(), since, step.at()));
                inReviewSince.remove(step.itemId());
            }
        }
        return rounds;
    }

    /**
     * How long each round decided in the window took; a round of an item decided earlier (or later) too is left
     * out, while a round decided in the window counts whole even when it began before.
     *
     * @param from the window's start (inclusive), or {@code null}
     * @param to   the window's end (exclusive), or {@code null}
     */
    static List<Duration> decidedWithin(List<Step> steps, Instant from, Instant to) {
        return of(steps).stream()
                .filter(round -> (from == null || !round.decided().isBefore(from))
                        && (to == null || round.decided().isBefore(to)))
                .map(Round::duration)
                .toList();
    }
}
