package org.imprimatur.app.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.imprimatur.generation.jobs.GenerationJobs;
import org.imprimatur.review.application.RevisionEnteredReview;

/** Every revision that enters review gets its automatic checks, as a job queued in the same transaction. */
@ApplicationScoped
public class ChecksOnNewRevisions {

    @Inject
    private GenerationJobs jobs;

    void schedule(@Observes RevisionEnteredReview revision) {
        jobs.check(revision.itemId().toString(), revision.revision(), revision.author());
    }
}
