package org.imprimatur.generation.jobs;

import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.imprimatur.spi.Actor;

/**
 * One request for generated content, kept in the database so that any instance can run it, progress can be
 * followed from any instance, and a restart loses nothing.
 */
@Entity
@Table(name = "generation_job")
public class GenerationJob {

    private static final int ERROR_LENGTH = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private JobKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private JobStatus status;

    @Column(name = "progress", nullable = false)
    private int progress;

    @Column(name = "provider", nullable = false, updatable = false, length = 100)
    private String provider;

    @Lob
    @Column(name = "request", nullable = false, updatable = false)
    private String request;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 200)
    private String requestedBy;

    @Column(name = "requester_roles", nullable = false, updatable = false, length = 200)
    private String requesterRoles;

    @Column(name = "item_id", length = 36)
    private String itemId;

    @Column(name = "error", length = ERROR_LENGTH)
    private String error;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GenerationJob() {
        // for JPA
    }

    GenerationJob(JobKind kind, String provider, String request, Actor requester, Instant now) {
        this(kind, provider, request, requester, now, null);
    }

    /** @param itemId the item the job works on, when it works on one that exists already */
    GenerationJob(JobKind kind, String provider, String request, Actor requester, Instant now, String itemId) {
        this.id = UUID.randomUUID().toString();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = JobStatus.QUEUED;
        this.provider = Objects.requireNonNull(provider, "provider");
        this.request = Objects.requireNonNull(request, "request");
        this.requestedBy = requester.name();
        this.requesterRoles = String.join(",", requester.roles());
        this.itemId = itemId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void claim(String instance, Instant now) {
        requireStatus(JobStatus.QUEUED);
        status = JobStatus.RUNNING;
        claimedBy = instance;
        updatedAt = now;
    }

    /** Progress only ever moves forward, and reaches 100 only when the job succeeds. */
    boolean advance(int percent, Instant now) {
        int capped = Math.max(0, Math.min(99, percent));
        if (status != JobStatus.RUNNING || capped <= progress) {
            return false;
        }
        progress = capped;
        updatedAt = now;
        return true;
    }

    void succeed(String createdItemId, Instant now) {
        requireStatus(JobStatus.RUNNING);
        status = JobStatus.SUCCEEDED;
        progress = 100;
        itemId = Objects.requireNonNull(createdItemId, "createdItemId");
        updatedAt = now;
    }

    void fail(String reason, Instant now) {
        status = JobStatus.FAILED;
        error = reason.length() <= ERROR_LENGTH ? reason : reason.substring(0, ERROR_LENGTH - 1) + "…";
        updatedAt = now;
    }

    /** An instance claimed it and went away; another may take it up from the start. */
    void requeue(Instant now) {
        requireStatus(JobStatus.RUNNING);
        status = JobStatus.QUEUED;
        progress = 0;
        claimedBy = null;
        updatedAt = now;
    }

    private void requireStatus(JobStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Job " + id + " is " + status + ", not " + expected);
        }
    }

    public String id() {
        return id;
    }

    public JobKind kind() {
        return kind;
    }

    public JobStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String provider() {
        return provider;
    }

    /** The order as requested: a {@link DraftOrder} or {@link ImageOrder} in JSON, or what a check job checks. */
    JsonObject order() {
        try (JsonReader reader = Json.createReader(new StringReader(request))) {
            return reader.readObject();
        }
    }

    /**
     * The desk the job files its item under, as requested (blank for the default desk); {@code null} for a check
     * job, which works on an item that has its desk already ({@link #itemId()}).
     */
    public String desk() {
        return switch (kind) {
            case DRAFT -> DraftOrder.fromJson(order()).brief().desk();
            case IMAGE -> ImageOrder.fromJson(order()).desk();
            case CHECK -> null;
        };
    }

    /** Who asked, with the roles they had when they asked: the job acts for them. */
    public Actor requester() {
        Set<String> roles = Arrays.stream(requesterRoles.split(",")).filter(role -> !role.isBlank())
                .collect(Collectors.toSet());
        return new Actor(requestedBy, roles);
    }

    /** The item the job created, once it succeeded; or the item it checks. */
    public String itemId() {
        return itemId;
    }

    /** Why the job failed, in words an editor can act on; {@code null} unless it failed. */
    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
