package org.imprimatur.app.rest;

import java.time.Instant;

import org.imprimatur.generation.jobs.GenerationJob;

/**
 * A generation job as the API shows it.
 *
 * @param itemId set once the job succeeded: the item now in review
 * @param error  set once the job failed: why, in words an editor can act on
 */
public record JobDocument(String jobId, String kind, String status, int progress, String provider, String itemId,
                          String error, Instant createdAt, Instant updatedAt) {

    static JobDocument of(GenerationJob job) {
        return new JobDocument(job.id(), job.kind().name(), job.status().name(), job.progress(), job.provider(),
                job.itemId(), job.error(), job.createdAt(), job.updatedAt());
    }
}
