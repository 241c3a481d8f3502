package org.imprimatur.review.application;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.ItemId;

/**
 * A revision has entered review, as a new item or an edit: the automatic checks must run on it. Fired
 * synchronously inside the transaction that made the revision, so whatever an observer schedules commits with it.
 *
 * @param itemId   the item
 * @param revision the revision's number
 * @param author   who made the revision
 */
public record RevisionEnteredReview(ItemId itemId, int revision, Actor author) {
}
