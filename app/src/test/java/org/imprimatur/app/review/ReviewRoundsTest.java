package org.imprimatur.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.imprimatur.app.audit.ReviewRounds.Step;
import org.imprimatur.spi.content.ItemState;
import org.junit.jupiter.api.Test;

class ReviewRoundsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");
    private static final JsonObject NONE = JsonObject.EMPTY_JSON_OBJECT;

    @Test
    void aRoundRunsFromSubmissionToTheDecision() {
        List<Duration> rounds = ReviewRounds.decidedWithin(List.of(
                step("a", "ITEM_SUBMITTED", 0, NONE),
                step("a", "ITEM_REJECTED", 45, state("REJECTED"))), null, null);

        assertEquals(List.of(Duration.ofMinutes(45)), rounds);
    }

    @Test
    void aRevisionDuringReviewAndAFirstOfTwoApprovalsDoNotEndTheRound() {
        List<Duration> rounds = ReviewRounds.decidedWithin(List.of(
                step("a", "ITEM_SUBMITTED", 0, NONE),
                step("a", "ITEM_REVISED", 10, state("IN_REVIEW")),
                step("a", "ITEM_APPROVED", 20, state("IN_REVIEW")),
                step("a", "ITEM_APPROVED", 60, state("APPROVED"))), null, null);

        assertEquals(List.of(Duration.ofMinutes(60)), rounds);
    }

    @Test
    void changesRequestedEndOneRoundAndTheRevisionStartsTheNext() {
        List<Duration> rounds = ReviewRounds.decidedWithin(List.of(
                step("a", "ITEM_SUBMITTED", 0, NONE),
                step("b", "ITEM_SUBMITTED", 5, NONE),
                step("a", "ITEM_CHANGES_REQUESTED", 30, state("CHANGES_REQUESTED")),
                step("a", "ITEM_REVISED", 90, state("IN_REVIEW")),
                step("a", "ITEM_APPROVED", 100, state("APPROVED"))), null, null);

        assertEquals(List.of(Duration.ofMinutes(30), Duration.ofMinutes(10)), rounds,
                "the time with the editor is not time in review; b is still waiting and has no round yet");
    }

    @Test
    void onlyRoundsDecidedInTheWindowCountWholeEvenWhenTheyBeganBefore() {
        List<Step> steps = List.of(
                step("a", "ITEM_SUBMITTED", 0, NONE),
                step("a", "ITEM_CHANGES_REQUESTED", 30, state("CHANGES_REQUESTED")),
                step("a", "ITEM_REVISED", 90, state("IN_REVIEW")),
                step("a", "ITEM_APPROVED", 200, state("APPROVED")));

        assertEquals(List.of(Duration.ofMinutes(110)),
                ReviewRounds.decidedWithin(steps, T0.plus(Duration.ofMinutes(120)), null));
        assertEquals(List.of(Duration.ofMinutes(30)),
                ReviewRounds.decidedWithin(steps, null, T0.plus(Duration.ofMinutes(200))),
                "the window's end is exclusive");
    }

    @Test
    void anEntryWithoutAStateIsReadByItsType() {
        assertEquals(ItemState.APPROVED, ReviewRounds.Step.of("a", "ITEM_APPROVED", T0, NONE).state());
        assertEquals(ItemState.IN_REVIEW, ReviewRounds.Step.of("a", "ITEM_REVISED", T0, NONE).state());
        assertEquals(ItemState.IN_REVIEW, ReviewRounds.Step.of("a", "ITEM_SUBMITTED", T0, state("x")).state(),
                "a submission always enters review");
    }

    private static Step step(String item, String type, int minutes, JsonObject payload) {
        return Step.of(item, type, T0.plus(Duration.ofMinutes(minutes)), payload);
    }

    private static JsonObject state(String state) {
        return Json.createObjectBuilder().add("state", state).build();
    }
}
