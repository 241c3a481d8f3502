package org.imprimatur.spi.content;

import java.time.Instant;
import java.util.List;

import org.imprimatur.spi.source.Attribution;

/**
 * One revision of a content item as extensions see it: immutable, detached from persistence.
 *
 * @param itemId    the item this revision belongs to
 * @param kind      article or image
 * @param number    the revision number, starting at 1
 * @param title     the headline
 * @param body      the article text (plain text); for images, the caption
 * @param modelCard what generated it
 * @param attributions where each sentence of the body came from
 * @param author    the user name of whoever submitted or wrote this revision
 * @param createdAt when the revision was made
 */
public record RevisionView(ItemId itemId, ContentKind kind, int number, String title, String body,
                           ModelCard modelCard, List<Attribution> attributions, String author,
                           Instant createdAt) {
}
