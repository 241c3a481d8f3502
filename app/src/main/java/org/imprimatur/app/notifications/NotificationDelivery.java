package org.imprimatur.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One notification on its way to one receiver (a webhook or an e-mail address): written in the transaction of the
 * change it announces (a transactional outbox), then claimed, sent and, on failure, tried again on a
 * {@link RetrySchedule} until it is delivered or has failed for good. Its attempts are the delivery log.
 */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 60)
    private String eventType;

    @Column(name = "ledger_seq", nullable = false, updatable = false)
    private long ledgerSeq;

    @Column(name = "item_id", updatable = false, length = 36)
    private String itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private Channel channel;

    @Column(name = "target", nullable = false, updatable = false, length = 320)
    private String target;

    /** The event as JSON, byte for byte what a webhook receives on every attempt. */
    @Lob
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = DeliveryAttempt.ERROR_LENGTH)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationDelivery() {
        // for JPA
    }

    /** A delivery due at once. */
    NotificationDelivery(NotificationEvent event, long ledgerSeq, Channel channel, String target, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.eventId = event.id();
        this.eventType = event.type();
        this.ledgerSeq = ledgerSeq;
        this.itemId = event.itemId().orElse(null);
        this.channel = Objects.requireNonNull(channel, "channel");
        this.target = Objects.requireNonNull(target, "target");
        this.body = event.body();
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** This instance sends it now; other instances leave it alone while it is {@code SENDING}. */
    void claim(String instance, Instant now) {
        requireStatus(DeliveryStatus.PENDING, "claim");
        status = DeliveryStatus.SENDING;
        claimedBy = instance;
        updatedAt = now;
    }

    /**
     * Records an attempt's outcome: delivered, due again after the schedule's delay, or failed for good when the
     * schedule has no attempt left.
     *
     * @return the attempt, for the delivery log
     */
    DeliveryAttempt recordAttempt(AttemptOutcome outcome, Instant now, RetrySchedule schedule) {
        requireStatus(DeliveryStatus.SENDING, "record an attempt of");
        attempts++;
        updatedAt = now;
        claimedBy = null;
        if (outcome.delivered()) {
            status = DeliveryStatus.DELIVERED;
            lastError = null;
        } else {
            lastError = DeliveryAttempt.clip(outcome.error().orElseThrow());
            Optional<Duration> delay = schedule.delayAfter(attempts);
            status = delay.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
            delay.ifPresent(wait -> nextAttemptAt = now.plus(wait));
        }
        return new DeliveryAttempt(id, attempts, now, outcome);
    }

    /**
     * Puts a delivery whose instance stopped while sending it back in line. The receiver may have got it: that is
     * what the event id is for.
     */
    void requeue(Instant now) {
        requireStatus(DeliveryStatus.SENDING, "requeue");
        status = DeliveryStatus.PENDING;
        claimedBy = null;
        nextAttemptAt = now;
        updatedAt = now;
    }

    /**
     * Tries a failed delivery once more, now. Its attempts keep counting, so one more failure fails it again.
     *
     * @throws DeliveryNotRetryableException unless it has failed for good
     */
    void retry(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw new DeliveryNotRetryableException(id, status);
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        updatedAt = now;
    }

    private void requireStatus(DeliveryStatus expected, String what) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + what + " delivery " + id + ": it is " + status + ", not "
                    + expected);
        }
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public long ledgerSeq() {
        return ledgerSeq;
    }

    public Optional<String> itemId() {
        return Optional.ofNullable(itemId);
    }

    public Channel channel() {
        return channel;
    }

    public String target() {
        return target;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
