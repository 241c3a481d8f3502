package org.imprimatur.app.notifications;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/** Reads the delivery log: deliveries, newest first, each with its attempts. */
@ApplicationScoped
public class DeliveryLog {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    /** A delivery and its attempts, oldest attempt first. */
    public record Entry(NotificationDelivery delivery, List<DeliveryAttempt> attempts) {
    }

    /**
     * One page of deliveries, newest first.
     *
     * @param status only deliveries in this status, or all when {@code null}
     * @param itemId only deliveries about this item, or all when {@code null}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> page(DeliveryStatus status, String itemId, int offset, int limit) {
        // Criteria are appended only when given: PostgreSQL cannot type a parameter that is only compared to NULL.
        StringBuilder jpql = new StringBuilder("SELECT d FROM NotificationDelivery d WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND d.status = :status");
        }
        if (itemId != null) {
            jpql.append(" AND d.itemId = :itemId");
        }
        jpql.append(" ORDER BY d.createdAt DESC, d.ledgerSeq DESC, d.id");
        TypedQuery<NotificationDelivery> query = entityManager.createQuery(jpql.toString(), NotificationDelivery.class)
                .setFirstResult(offset).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (itemId != null) {
            query.setParameter("itemId", itemId);
        }
        List<NotificationDelivery> deliveries = query.getResultList();
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<String, List<DeliveryAttempt>> attempts = entityManager.createQuery("SELECT a FROM DeliveryAttempt a "
                        + "WHERE a.deliveryId IN :ids ORDER BY a.attemptNo", DeliveryAttempt.class)
                .setParameter("ids", deliveries.stream().map(NotificationDelivery::id).toList())
                .getResultList().stream().collect(Collectors.groupingBy(DeliveryAttempt::deliveryId));
        return deliveries.stream()
                .map(delivery -> new Entry(delivery, attempts.getOrDefault(delivery.id(), List.of())))
                .toList();
    }
}
