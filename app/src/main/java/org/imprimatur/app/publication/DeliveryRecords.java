package org.imprimatur.app.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * Records a delivery's outcome in a transaction of its own: deliveries happen after the release committed, and a
 * bean's calls on itself would bypass the transaction interceptor.
 */
@ApplicationScoped
class DeliveryRecords {

    @Inject
    private ProvenanceRecorder provenance;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(ProvenanceEvent event) {
        provenance.record(event);
    }
}
