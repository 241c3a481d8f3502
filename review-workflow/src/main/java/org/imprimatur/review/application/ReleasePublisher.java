package org.imprimatur.review.application;

import java.time.Instant;
import java.util.Map;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Actor;

/**
 * Publishes a released item: renders what readers get (disclosure line, credits, JSON-LD, labelled picture) and
 * hands it to the publication targets. The application implements it; the workflow calls it inside the release's
 * transaction, so a release that cannot be published is not recorded either.
 */
public interface ReleasePublisher {

    /**
     * @param item       the item, already in state {@code RELEASED}, with its disclosure label
     * @param publisher  who released it
     * @param releasedAt when
     * @return what the release's ledger entry records of the publication: the published digest and the label decision
     * @throws org.imprimatur.review.domain.TransitionRefusedException if the item cannot be published as it is
     */
    Map<String, Object> publish(ContentItem item, Actor publisher, Instant releasedAt);
}
