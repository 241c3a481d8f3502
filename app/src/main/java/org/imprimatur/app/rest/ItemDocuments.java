package org.imprimatur.app.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.generation.jobs.GenerationJobs;
import org.imprimatur.generation.jobs.JobKind;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.content.ContentKind;

/** Puts together what the API shows of an item, from the modules that each own a part of it. */
@ApplicationScoped
public class ItemDocuments {

    @Inject
    private ImageLibrary images;

    @Inject
    private GenerationJobs jobs;

    @Inject
    private ReviewDesk desk;

    ItemDocument of(ContentItem item) {
        String id = item.id().toString();
        Optional<ImageAsset> picture = item.kind() == ContentKind.IMAGE ? images.find(id) : Optional.empty();
        return ItemDocument.of(item, picture, jobs.latest(id, JobKind.CHECK),
                desk.findings(item.id(), item.currentRevision().number()));
    }
}
