package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One reviewer's approval of one revision. Approvals are kept, never changed: a new revision simply has none yet,
 * which is how an edit lapses the approvals of the text before it.
 */
@Entity
@Table(name = "item_approval")
public class Approval {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ContentItem item;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revision;

    @Column(name = "reviewer", nullable = false, updatable = false, length = 200)
    private String reviewer;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    protected Approval() {
        // for JPA
    }

    Approval(ContentItem item, int revision, String reviewer, Instant approvedAt) {
        this.id = UUID.randomUUID().toString();
        this.item = item;
        this.revision = revision;
        this.reviewer = reviewer;
        this.approvedAt = approvedAt;
    }

    /** The revision approved. */
    public int revision() {
        return revision;
    }

    /** The user name of the reviewer who approved it. */
    public String reviewer() {
        return reviewer;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
