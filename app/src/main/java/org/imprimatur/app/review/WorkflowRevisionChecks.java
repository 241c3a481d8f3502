package org.imprimatur.app.review;

import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.generation.jobs.RevisionChecks;
import org.imprimatur.review.application.ReviewChecks;
import org.imprimatur.spi.content.ItemId;

/** Check jobs run the review workflow's checks. */
@ApplicationScoped
public class WorkflowRevisionChecks implements RevisionChecks {

    @Inject
    private ReviewChecks checks;

    @Override
    public void run(String itemId, int revision, IntConsumer progress) {
        checks.run(ItemId.parse(itemId), revision, progress);
    }
}
