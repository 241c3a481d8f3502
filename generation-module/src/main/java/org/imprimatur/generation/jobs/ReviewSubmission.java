package org.imprimatur.generation.jobs;

import java.util.List;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.source.Attribution;

/**
 * The one way generated content leaves this module: into review, as a new item. The application implements it
 * with the review workflow, which this module does not know.
 *
 * <p><b>Transactions:</b> joins the caller's transaction, so the item, its ledger entry and the job's outcome
 * commit together or not at all.
 */
public interface ReviewSubmission {

    /**
     * Puts generated content into review.
     *
     * @param desk          the desk that is to review it; blank for the default desk
     * @param depictsPeople whether an image shows people, as its editor said; never for an article
     *
     * @return the new item's id
     */
    ItemId submit(ContentKind kind, String desk, String title, String body, ModelCard modelCard, List<Attribution> attributions,
                  boolean depictsPeople, Actor requester);
}
