package org.imprimatur.app.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the delivery log: an attempt, when it was made, how long it took and what the receiver said. */
@Entity
@Table(name = "notification_attempt")
public class DeliveryAttempt {

    static final int ERROR_LENGTH = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "delivery_id", nullable = false, updatable = false, length = 36)
    private String deliveryId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attemptNo;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMillis;

    @Column(name = "status_code", updatable = false)
    private Integer statusCode;

    @Column(name = "error", length = ERROR_LENGTH, updatable = false)
    private String error;

    protected DeliveryAttempt() {
        // for JPA
    }

    DeliveryAttempt(String deliveryId, int attemptNo, Instant attemptedAt, AttemptOutcome outcome) {
        this.id = UUID.randomUUID().toString();
        this.deliveryId = deliveryId;
        this.attemptNo = attemptNo;
        this.attemptedAt = attemptedAt;
        this.durationMillis = outcome.duration().toMillis();
        this.statusCode = outcome.statusCode().orElse(null);
        this.error = outcome.error().map(DeliveryAttempt::clip).orElse(null);
    }

    static String clip(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }

    public String deliveryId() {
        return deliveryId;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public Optional<Integer> statusCode() {
        return Optional.ofNullable(statusCode);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
