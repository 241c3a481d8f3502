package org.imprimatur.spi.provenance;

/**
 * Appends events to the provenance ledger. The workflow calls it; the provenance module implements it, so
 * neither imports the other.
 *
 * <p><b>Transactions:</b> {@link #record} must be called inside the transaction that makes the change it
 * records, and joins it: if that transaction rolls back, the entry is gone too, and the change cannot commit
 * without its entry.
 */
public interface ProvenanceRecorder {

    /**
     * Appends one event.
     *
     * @return the sequence number the entry got
     */
    long record(ProvenanceEvent event);
}
