package org.imprimatur.app.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The short transactions that move a delivery along: claiming the next due one, recording an attempt, putting
 * back what a stopped instance left, and an admin's retry. Each commits on its own so other instances see it at
 * once; the sending itself happens between them, outside any transaction.
 */
@ApplicationScoped
public class DeliveryClaims {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /** A claimed delivery: what the sender needs, detached from the transaction that claimed it. */
    record Claimed(String id, Channel channel, String target, NotificationEvent event) {
    }

    /**
     * Claims the delivery that has been due longest. Rows another instance has locked are skipped, so several
     * instances share the table and none sends the same delivery twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claimNext(String instance) {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("SELECT id FROM notification_delivery "
                        + "WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        NotificationDelivery delivery = entityManager.find(NotificationDelivery.class, ids.get(0));
        delivery.claim(instance, now);
        return Optional.of(new Claimed(delivery.id(), delivery.channel(), delivery.target(),
                NotificationEvent.parse(delivery.body())));
    }

    /**
     * Logs an attempt and moves the delivery on.
     *
     * @return when it is due again, if it is to be tried again
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> recordAttempt(String id, AttemptOutcome outcome, RetrySchedule schedule) {
        NotificationDelivery delivery = entityManager.find(NotificationDelivery.class, id);
        entityManager.persist(delivery.recordAttempt(outcome, now(), schedule));
        return delivery.status() == DeliveryStatus.PENDING ? Optional.of(delivery.nextAttemptAt()) : Optional.empty();
    }

    /**
     * Puts back in line the deliveries an instance claimed and has not finished for {@code lease}: it stopped.
     *
     * @return how many were put back
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requeueAbandoned(Duration lease) {
        Instant now = now();
        List<NotificationDelivery> abandoned = entityManager.createQuery("SELECT d FROM NotificationDelivery d "
                        + "WHERE d.status = :sending AND d.updatedAt < :cutoff", NotificationDelivery.class)
                .setParameter("sending", DeliveryStatus.SENDING).setParameter("cutoff", now.minus(lease))
                .getResultList();
        abandoned.forEach(delivery -> delivery.requeue(now));
        return abandoned.size();
    }

    /**
     * Tries a failed delivery once more.
     *
     * @return false if there is no such delivery
     * @throws DeliveryNotRetryableException unless it has failed for good
     */
    @Transactional
    public boolean retry(String id) {
        NotificationDelivery delivery = entityManager.find(NotificationDelivery.class, id);
        if (delivery == null) {
            return false;
        }
        delivery.retry(now());
        return true;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
