package org.imprimatur.provenance.attribution;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.spi.content.ItemId;

/** The stored provenance records. Only ever added to, never changed. */
@ApplicationScoped
public class AttributionRecords {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    /**
     * Stores a set. {@code MANDATORY}: the set belongs to the transaction that stores its revision or check report
     * and the ledger entry holding its digest.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(AttributionRecordSet set) {
        set.records().forEach(entityManager::persist);
    }

    /** One revision's records, set by set in the order they were recorded, each set in its own order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttributionRecord> ofRevision(ItemId itemId, int revision) {
        return entityManager.createQuery("SELECT r FROM AttributionRecord r WHERE r.itemId = :itemId"
                        + " AND r.revision = :revision ORDER BY r.recordedAt, r.origin, r.reportId, r.ordinal",
                        AttributionRecord.class)
                .setParameter("itemId", itemId.toString()).setParameter("revision", revision).getResultList();
    }
}
