package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.review.infrastructure.EvidenceConverter;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;

/**
 * One finding of an automatic check on one revision, as reviewers work through it: where, what kind, how bad,
 * the verdict and its evidence.
 */
@Entity
@Table(name = "item_finding")
public class ItemFinding {

    /** Where a finding stands with the reviewers. */
    public enum Status {
        /** Nobody has dealt with it yet. */
        OPEN
    }

    private static final int MESSAGE_LENGTH = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "report_id", nullable = false, updatable = false, length = 36)
    private String reportId;

    @Column(name = "item_id", nullable = false, updatable = false, length = 36)
    private String itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revision;

    @Column(name = "check_id", nullable = false, updatable = false, length = 100)
    private String checkId;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int start;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int end;

    @Column(name = "category", nullable = false, updatable = false, length = 100)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, updatable = false, length = 20)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, updatable = false, length = 20)
    private Verdict verdict;

    @Column(name = "score", nullable = false, updatable = false)
    private double score;

    @Column(name = "message", nullable = false, updatable = false, length = MESSAGE_LENGTH)
    private String message;

    @Lob
    @Convert(converter = EvidenceConverter.class)
    @Column(name = "evidence", nullable = false, updatable = false)
    private List<Evidence> evidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ItemFinding() {
        // for JPA
    }

    public ItemFinding(CheckRecord report, String itemId, Finding finding, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.reportId = report.id();
        this.itemId = itemId;
        this.revision = report.revision();
        this.checkId = report.checkId();
        this.start = finding.span().start();
        this.end = finding.span().end();
        this.category = finding.category();
        this.severity = finding.severity();
        this.verdict = finding.verdict();
        this.score = finding.score();
        this.message = finding.message().length() <= MESSAGE_LENGTH ? finding.message()
                : finding.message().substring(0, MESSAGE_LENGTH - 1) + "…";
        this.evidence = finding.evidence();
        this.status = Status.OPEN;
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

    public Span span() {
        return new Span(start, end);
    }

    public String category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public Verdict verdict() {
        return verdict;
    }

    public double score() {
        return score;
    }

    public String message() {
        return message;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public Status status() {
        return status;
    }
}
