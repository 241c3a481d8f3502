package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.imprimatur.review.infrastructure.EvidenceConverter;
import org.imprimatur.review.infrastructure.ResolutionEvidenceConverter;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.policy.ReviewedFinding;

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
        OPEN,
        /** A later revision changed the text; the checks ran again on it. */
        FIXED,
        /** A reviewer attests the text is right, citing evidence. */
        ACCEPTED,
        /** A reviewer let it stand, with a written reason. */
        OVERRIDDEN;

        /** The resolution's name on the wire: {@code fixed}, {@code accepted}, {@code overridden}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The shortest reason that overrides a finding: a sentence, not a shrug. */
    public static final int MIN_OVERRIDE_REASON = 20;

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

    @Column(name = "resolution_reason", length = MESSAGE_LENGTH)
    private String resolutionReason;

    @Lob
    @Convert(converter = ResolutionEvidenceConverter.class)
    @Column(name = "resolution_evidence")
    private ResolutionEvidence resolutionEvidence;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    /**
     * Resolves the finding, once.
     *
     * @param resolution      fixed, accepted or overridden
     * @param reason          why; required to override (at least {@value #MIN_OVERRIDE_REASON} characters)
     * @param evidence        what an acceptance cites: a source passage or a web page, and a note
     * @param currentRevision the item's revision now: a fix is a later revision than the finding's
     * @throws TransitionRefusedException saying which rule the resolution breaks
     */
    public void resolve(Status resolution, String reason, ResolutionEvidence evidence, Actor actor, int currentRevision,
                        Instant now) {
        requireOpen();
        String why = reason == null ? "" : reason.strip();
        switch (resolution) {
            case FIXED -> {
                requireRole(actor, "fix", Role.EDITOR, Role.REVIEWER);
                if (currentRevision <= revision) {
                    throw refused("A finding is fixed by a later revision: write one that changes the text, "
                            + "then resolve it as fixed");
                }
            }
            case ACCEPTED -> {
                requireRole(actor, "accept", Role.REVIEWER);
                if (evidence == null || !(evidence.citesPassage() || evidence.citesPage())) {
                    throw refused("Accepting a finding cites evidence: a source passage (sourceId, start, end) or a "
                            + "web page (url)");
                }
                if (!evidence.hasNote() && why.isEmpty()) {
                    throw refused("Accepting a finding says what the evidence shows (a note or a reason)");
                }
            }
            case OVERRIDDEN -> {
                requireRole(actor, "override", Role.REVIEWER);
                if (why.length() < MIN_OVERRIDE_REASON) {
                    throw refused("Overriding a finding needs a written reason of at least " + MIN_OVERRIDE_REASON
                            + " characters");
                }
            }
            case OPEN -> throw refused("A finding is resolved as fixed, accepted or overridden");
        }
        settle(resolution, why, evidence, actor.name(), now);
    }

    /**
     * Resolves a missing-label finding ({@link DisclosureLabel#MISSING}) as fixed by the label just set: the fix is
     * a decision on the item, not a change of its text, so it needs no later revision.
     *
     * @throws TransitionRefusedException if the finding is already resolved
     * @throws IllegalStateException      if it is not about a missing label
     */
    public void fixByLabel(DisclosureLabel label, Actor actor, Instant now) {
        if (!DisclosureLabel.MISSING.equals(category)) {
            throw new IllegalStateException("A label fixes missing-label findings, not " + category + " findings");
        }
        requireOpen();
        settle(Status.FIXED, "AI-disclosure label set (" + label.digitalSourceType() + ")", null, actor.name(), now);
    }

    /**
     * Whether {@code later}, found on a later revision, is this finding again: the same check and category over the
     * same words, left as they were. Findings are matched by the text they cover, not by position, because an edit
     * elsewhere moves every offset after it.
     *
     * @param body      the text of this finding's revision
     * @param laterBody the text of {@code later}'s revision
     */
    public boolean recursIn(ItemFinding later, String body, String laterBody) {
        return checkId.equals(later.checkId) && category.equals(later.category)
                && covered(body).equals(later.covered(laterBody));
    }

    /**
     * Takes over a reviewer's acceptance or override of the same finding on an earlier revision whose words are
     * unchanged here: the decision was about those words, so nobody has to make it again. A fix is not taken over —
     * the words are still there, so this finding stays open and shows the fix did not happen.
     *
     * @return whether a decision was taken over
     */
    public boolean takeOverDecisionOf(ItemFinding earlier) {
        if (status != Status.OPEN || (earlier.status != Status.ACCEPTED && earlier.status != Status.OVERRIDDEN)) {
            return false;
        }
        settle(earlier.status, "As decided on revision " + earlier.revision + ": " + earlier.resolutionReason,
                earlier.resolutionEvidence, earlier.resolvedBy, earlier.resolvedAt);
        return true;
    }

    /**
     * Resolves this finding as fixed because the checks of a later revision no longer find it: its words changed, or
     * the check re-ran and passed them.
     *
     * @return whether it was open and is now fixed
     */
    public boolean fixedBy(int laterRevision, String checker, Instant now) {
        if (status != Status.OPEN || laterRevision <= revision) {
            return false;
        }
        settle(Status.FIXED, "The " + checkId + " check no longer finds this in revision " + laterRevision, null,
                checker, now);
        return true;
    }

    private String covered(String body) {
        int to = Math.min(end, body.length());
        return body.substring(Math.min(start, to), to);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new TransitionRefusedException(TransitionRefusedException.Reason.ILLEGAL_STATE,
                    "This finding was already resolved as " + status.wireName() + " by " + resolvedBy);
        }
    }

    private void settle(Status resolution, String why, ResolutionEvidence evidence, String by, Instant now) {
        this.status = resolution;
        this.resolutionReason = why.length() <= MESSAGE_LENGTH ? why : why.substring(0, MESSAGE_LENGTH - 1) + "…";
        this.resolutionEvidence = evidence;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    private static void requireRole(Actor actor, String verb, String... roles) {
        for (String role : roles) {
            if (actor.hasRole(role)) {
                return;
            }
        }
        throw new TransitionRefusedException(TransitionRefusedException.Reason.MISSING_ROLE,
                "Your role does not allow you to " + verb + " a finding");
    }

    private static TransitionRefusedException refused(String message) {
        return new TransitionRefusedException(TransitionRefusedException.Reason.INCOMPLETE_REQUEST, message);
    }

    public String id() {
        return id;
    }

    public String itemId() {
        return itemId;
    }

    /** Why it was resolved as it was; empty while open. */
    public String resolutionReason() {
        return resolutionReason == null ? "" : resolutionReason;
    }

    /** What an acceptance cited; {@code null} when nothing was cited. */
    public ResolutionEvidence resolutionEvidence() {
        return resolutionEvidence;
    }

    /** Who resolved it; {@code null} while open. */
    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
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

    /** The finding as review policies see it. */
    public ReviewedFinding reviewed() {
        return new ReviewedFinding(id, checkId, category, severity, verdict,
                ReviewedFinding.Resolution.valueOf(status.name()));
    }
}
