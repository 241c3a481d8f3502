package org.imprimatur.app.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.imprimatur.generation.jobs.WorkerPool;
import org.imprimatur.provenance.ledger.EntryAppended;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * The transactional outbox: for every ledger entry a webhook or an e-mail recipient wants, writes one
 * {@link NotificationDelivery} per receiver in the transaction that appends the entry. So a notification goes out
 * if and only if its change committed, and sending it (later, by the {@link NotificationDispatcher}) can neither
 * slow down nor fail the change.
 */
@ApplicationScoped
public class NotificationOutbox {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private NotificationSettings settings;

    @Inject
    private ContentItemRepository items;

    @Inject
    private NotificationDispatcher dispatcher;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    void write(@Observes EntryAppended appended) {
        ProvenanceEventType type = appended.event().type();
        List<Webhook> webhooks = settings.webhooks().stream().filter(webhook -> webhook.wants(type)).toList();
        boolean mail = settings.mail().isPresent();
        if (webhooks.isEmpty() && !mail) {
            return;
        }
        NotificationEvent event = NotificationEvent.of(UUID.randomUUID().toString(), appended, deskOf(appended));
        Set<String> addresses = mail ? MailRecipients.of(event, settings::addressOf, settings::deskRecipients) : Set.of();
        if (webhooks.isEmpty() && addresses.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        webhooks.forEach(webhook -> entityManager.persist(
                new NotificationDelivery(event, appended.seq(), Channel.WEBHOOK, webhook.name(), now)));
        addresses.forEach(address -> entityManager.persist(
                new NotificationDelivery(event, appended.seq(), Channel.EMAIL, address, now)));
        wakeAfterCommit();
    }

    /** Transitions' entries do not name the desk; the item, changed in this same transaction, does. */
    private Optional<String> deskOf(EntryAppended appended) {
        String itemId = appended.event().itemId();
        if (itemId == null) {
            return Optional.empty();
        }
        try {
            return items.find(ItemId.parse(itemId)).map(ContentItem::desk);
        } catch (IllegalArgumentException e) {
            // Entries about things other than content items may carry other ids.
            return Optional.empty();
        }
    }

    private void wakeAfterCommit() {
        WorkerPool.wakeAfterCommit(transactions, dispatcher::wake);
    }
}
