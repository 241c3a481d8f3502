package org.imprimatur.provenance.checkpoint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A signed checkpoint as stored: never changed once written. */
@Entity
@Table(name = "ledger_checkpoint")
public class LedgerCheckpoint {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tree_size", nullable = false, updatable = false)
    private long treeSize;

    @Column(name = "root_hash", nullable = false, updatable = false, length = 64)
    private String rootHash;

    @Column(name = "key_id", nullable = false, updatable = false, length = 8)
    private String keyId;

    /** The whole signed note, as served. */
    @Lob
    @Column(name = "note", nullable = false, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LedgerCheckpoint() {
        // for JPA
    }

    LedgerCheckpoint(long treeSize, String rootHash, String keyId, String note, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.treeSize = treeSize;
        this.rootHash = rootHash;
        this.keyId = keyId;
        this.note = note;
        this.createdAt = createdAt;
    }

    public long treeSize() {
        return treeSize;
    }

    public String rootHash() {
        return rootHash;
    }

    public String keyId() {
        return keyId;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
