package org.imprimatur.provenance.ledger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * The provenance ledger: an append-only, hash-chained log of everything that happened to AI content.
 */
@ApplicationScoped
public class Ledger implements ProvenanceRecorder {

    private static final int VERIFY_PAGE_SIZE = 500;

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /**
     * {@inheritDoc}
     *
     * <p>{@code MANDATORY}: an entry written in a transaction of its own could outlive the change it records.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(ProvenanceEvent event) {
        // The row lock serialises appends across every instance sharing the database.
        LedgerHead head = entityManager.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The ledger head row is missing; the database was not migrated");
        }
        LedgerEntry entry = new LedgerEntry(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS), event,
                new Sha256(head.headHash()));
        entityManager.persist(entry);
        head.advance(entry);
        return entry.seq();
    }

    /** Recomputes the whole chain from the stored rows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LedgerVerification verify() {
        LedgerHead head = entityManager.find(LedgerHead.class, LedgerHead.ID);
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        boolean goOn = true;
        while (goOn) {
            List<LedgerEntry> page = entityManager
                    .createQuery("SELECT e FROM LedgerEntry e WHERE e.seq > :after ORDER BY e.seq", LedgerEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_PAGE_SIZE)
                    .getResultList();
            for (LedgerEntry entry : page) {
                goOn = verifier.accept(entry);
                if (!goOn) {
                    break;
                }
                after = entry.seq();
            }
            // Rows read for verification are not kept: the ledger can be far larger than memory.
            entityManager.clear();
            goOn &= page.size() == VERIFY_PAGE_SIZE;
        }
        return verifier.result(head.seq(), head.headHash());
    }
}
