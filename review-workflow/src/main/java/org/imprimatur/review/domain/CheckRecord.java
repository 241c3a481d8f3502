package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.Sha256;

/**
 * What one automatic check reported on one revision, kept whole: the ledger holds its digest, so the report an
 * auditor reads can be shown to be the one recorded.
 */
@Entity
@Table(name = "check_report")
public class CheckRecord {

    /** Whether the check ran. */
    public enum Outcome {
        /** It ran; its findings are what it found. */
        COMPLETED,
        /** It failed or ran out of time; the revision is unchecked in that respect, and a finding says so. */
        FAILED
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "item_id", nullable = false, updatable = false, length = 36)
    private String itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revision;

    @Column(name = "check_id", nullable = false, updatable = false, length = 100)
    private String checkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private Outcome outcome;

    @Lob
    @Column(name = "report", nullable = false, updatable = false)
    private String report;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CheckRecord() {
        // for JPA
    }

    public CheckRecord(ItemId itemId, int revision, String checkId, Outcome outcome, String report, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.itemId = itemId.toString();
        this.revision = revision;
        this.checkId = Objects.requireNonNull(checkId, "checkId");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.report = Objects.requireNonNull(report, "report");
        this.sha256 = Sha256.ofUtf8(report).hex();
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public int revision() {
        return revision;
    }

    public String checkId() {
        return checkId;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The whole report as stored, JSON: what the ledger entry's digest is the SHA-256 of. */
    public String report() {
        return report;
    }

    public Sha256 sha256() {
        return new Sha256(sha256);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
