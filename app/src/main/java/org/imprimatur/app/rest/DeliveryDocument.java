package org.imprimatur.app.rest;

import java.util.List;

import org.imprimatur.app.notifications.DeliveryAttempt;
import org.imprimatur.app.notifications.DeliveryLog;
import org.imprimatur.app.notifications.NotificationDelivery;

/**
 * One delivery of the notification log as the API shows it. Members without a value are left out.
 *
 * @param id            the delivery's id (to retry it)
 * @param eventId       the event's id, as sent in {@code Imprimatur-Event-Id}
 * @param eventType     the ledger event type
 * @param ledgerSeq     the ledger entry the event announces
 * @param itemId        the item concerned, if any
 * @param channel       WEBHOOK or EMAIL
 * @param target        the webhook's name, or the e-mail address
 * @param status        PENDING, SENDING, DELIVERED or FAILED
 * @param attempts      how many attempts were made
 * @param nextAttemptAt when a PENDING delivery is due (ISO-8601)
 * @param lastError     why the latest attempt failed, if it did
 * @param createdAt     when the change that caused it committed (ISO-8601)
 * @param log           every attempt, oldest first
 */
public record DeliveryDocument(String id, String eventId, String eventType, long ledgerSeq, String itemId,
                               String channel, String target, String status, int attempts, String nextAttemptAt,
                               String lastError, String createdAt, List<Attempt> log) {

    /**
     * One attempt.
     *
     * @param attempt    its number, from 1
     * @param at         when it was made (ISO-8601)
     * @param durationMs how long it took
     * @param statusCode the receiver's HTTP status, if it answered over HTTP
     * @param error      why it failed, if it did
     */
    public record Attempt(int attempt, String at, long durationMs, Integer statusCode, String error) {

        static Attempt of(DeliveryAttempt attempt) {
            return new Attempt(attempt.attemptNo(), attempt.attemptedAt().toString(), attempt.durationMillis(),
                    attempt.statusCode().orElse(null), attempt.error().orElse(null));
        }
    }

    static DeliveryDocument of(DeliveryLog.Entry entry) {
        NotificationDelivery delivery = entry.delivery();
        return new DeliveryDocument(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.ledgerSeq(),
                delivery.itemId().orElse(null), delivery.channel().name(), delivery.target(),
                delivery.status().name(), delivery.attempts(), delivery.nextAttemptAt().toString(),
                delivery.lastError().orElse(null), delivery.createdAt().toString(),
                entry.attempts().stream().map(Attempt::of).toList());
    }
}
