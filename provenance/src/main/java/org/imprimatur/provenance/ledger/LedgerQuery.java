package org.imprimatur.provenance.ledger;

import java.time.Instant;

/**
 * What a compliance officer searches the ledger for; every criterion is optional and they all must hold.
 *
 * @param itemId the content item
 * @param actor  who caused the entry (a user name)
 * @param type   the event type, e.g. {@code ITEM_APPROVED}
 * @param from   recorded at or after this instant
 * @param to     recorded before this instant
 * @param model  the model id named in the entry's model card
 */
public record LedgerQuery(String itemId, String actor, String type, Instant from, Instant to, String model) {
}
