package org.imprimatur.provenance.checkpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.provenance.ledger.Ledger;
import org.imprimatur.spi.provenance.ProvenanceEvent;

/**
 * The transactions of {@link Checkpoints}, each its own and committed on return: separate from it because CDI
 * interceptors do not apply to calls a bean makes on itself, and because key handling must not hold a transaction
 * open while it writes files.
 */
@ApplicationScoped
class Transactions {

    @Inject
    private Ledger ledger;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(ProvenanceEvent event) {
        ledger.record(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    LedgerCheckpoint checkpoint(Checkpoints checkpoints, NoteSigner key) {
        return checkpoints.checkpoint(key);
    }
}
