package org.imprimatur.provenance.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The ledger's single head row: the last sequence number and hash. Appending locks it
 * ({@code SELECT … FOR UPDATE}), which is what keeps the chain linear when several instances append at once.
 */
@Entity
@Table(name = "ledger_head")
public class LedgerHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    protected LedgerHead() {
        // for JPA
    }

    long seq() {
        return seq;
    }

    String headHash() {
        return headHash;
    }

    void advance(LedgerEntry entry) {
        this.seq = entry.seq();
        this.headHash = entry.entryHash();
    }
}
