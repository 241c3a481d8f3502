package org.imprimatur.provenance.ledger;

import java.util.Objects;

import org.imprimatur.spi.provenance.ProvenanceEvent;

/**
 * The CDI event the ledger fires for every entry it appends, inside the transaction that appends it. Observers
 * that write in that transaction (a notification outbox, say) commit or roll back with the change the entry
 * records; an observer that throws rolls the change back, so observers must not fail on an outside party's account.
 *
 * @param seq        the entry's sequence number
 * @param recordedAt the entry's time as the ledger stores it: ISO-8601 UTC with milliseconds
 * @param event      what was recorded
 */
public record EntryAppended(long seq, String recordedAt, ProvenanceEvent event) {

    public EntryAppended {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(event, "event");
    }
}
