package org.imprimatur.app.generation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.generation.jobs.ReviewSubmission;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.application.SubmitArticle;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.source.Attribution;

/** Generated content enters review through the same desk, and the same rules, as everything else. */
@ApplicationScoped
public class ReviewDeskSubmission implements ReviewSubmission {

    @Inject
    private ReviewDesk reviewDesk;

    @Override
    public ItemId submit(ContentKind kind, String desk, String title, String body, ModelCard modelCard,
                         List<Attribution> attributions, boolean depictsPeople, Actor requester) {
        return reviewDesk.submit(new SubmitArticle(kind, desk, title, body, modelCard, attributions,
                depictsPeople), requester).id();
    }
}
