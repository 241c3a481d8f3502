package org.imprimatur.generation.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.source.Attribution;
import org.junit.jupiter.api.Test;

class GenerationJobTest {

    private static final Actor EDITOR = new Actor("alice", Set.of(Role.EDITOR, Role.REVIEWER));
    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void aJobRunsFromQueuedToSucceededAndItsProgressOnlyMovesForward() {
        GenerationJob job = new GenerationJob(JobKind.DRAFT, "grounded", "{}", EDITOR, T0);
        assertEquals(JobStatus.QUEUED, job.status());
        assertFalse(job.advance(30, T0), "a queued job makes no progress");

        job.claim("instance-1", T0.plusSeconds(1));
        assertTrue(job.advance(30, T0.plusSeconds(2)));
        assertFalse(job.advance(20, T0.plusSeconds(3)), "progress never goes back");
        assertTrue(job.advance(250, T0.plusSeconds(4)));
        assertEquals(99, job.progress(), "only success reaches 100");

        job.succeed("item-1", T0.plusSeconds(5));
        assertEquals(JobStatus.SUCCEEDED, job.status());
        assertEquals(100, job.progress());
        assertEquals("item-1", job.itemId());
        assertNull(job.error());
        assertThrows(IllegalStateException.class, () -> job.claim("instance-2", T0.plusSeconds(6)));
    }

    @Test
    void anAbandonedJobGoesBackToTheQueueFromTheStart() {
        GenerationJob job = new GenerationJob(JobKind.IMAGE, "openai-images", "{}", EDITOR, T0);
        job.claim("instance-1", T0);
        job.advance(40, T0);

        job.requeue(T0.plusSeconds(900));

        assertEquals(JobStatus.QUEUED, job.status());
        assertEquals(0, job.progress());
        job.claim("instance-2", T0.plusSeconds(901));
        assertEquals(JobStatus.RUNNING, job.status());
    }

    @Test
    void aFailureKeepsItsReasonWithinTheColumnAndActsForTheRequester() {
        GenerationJob job = new GenerationJob(JobKind.DRAFT, "openai", "{}", EDITOR, T0);
        job.claim("instance-1", T0);

        job.fail("x".repeat(5000), T0.plusSeconds(1));

        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(2000, job.error().length());
        assertTrue(job.status().finished());
        assertEquals(EDITOR, job.requester(), "the job acts with the roles its requester had");
    }

    @Test
    void aDraftOrderSurvivesItsTripThroughTheDatabase() {
        DraftOrder order = new DraftOrder(new Brief("Budget vote", "the bridge", "local", 600, "en"),
                List.of("s1", "s2"), "grounded");

        assertEquals(order, DraftOrder.fromJson(order.toJson()));
        ImageOrder image = new ImageOrder("A bridge at dawn", null, 1024, 768, "openai-images", "pictures");
        assertEquals(image, ImageOrder.fromJson(image.toJson()));
        assertEquals("A bridge at dawn", image.caption(), "the prompt serves as caption when none is given");
    }

    @Test
    void theAttributionSummaryCountsSentencesUnsourcedOnesAndTheSourcesUsed() {
        Evidence release = new Evidence("release", new Span(0, 10), "The vote.", 1.0);
        Evidence minutes = new Evidence("minutes", new Span(5, 20), "The minutes.", 0.8);
        List<Attribution> attributions = List.of(
                new Attribution(new Span(0, 9), List.of(release)),
                new Attribution(new Span(10, 22), List.of(minutes, release)),
                new Attribution(new Span(23, 40), List.of()));

        assertEquals(Map.of("sentences", 3, "unsourced", 1L, "sourcesUsed", List.of("release", "minutes")),
                JobOutcomes.summary(attributions));
    }
}
