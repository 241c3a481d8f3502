package org.imprimatur.app.rest;

import org.imprimatur.generation.jobs.GenerationJob;

/**
 * Where the automatic checks of an item's latest revision stand; their progress streams at
 * {@code /api/v1/jobs/{jobId}/events} like a draft's.
 */
public record ChecksDocument(String jobId, String status, int progress) {

    static ChecksDocument of(GenerationJob job) {
        return new ChecksDocument(job.id(), job.status().name(), job.progress());
    }
}
