package org.imprimatur.app.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.publication.Publication;
import org.imprimatur.spi.publication.PublicationException;
import org.imprimatur.spi.publication.PublicationReceipt;
import org.imprimatur.spi.publication.PublicationTarget;

/**
 * Hands a release to every installed publication target besides the built-in store, once the release has committed
 * (as the SPI promises: after the release is recorded), one after the other on the releasing thread. Each outcome is
 * recorded in the ledger in a transaction of its own: {@code PUBLICATION_DELIVERED} with the target's receipt, or
 * {@code PUBLICATION_FAILED} with the reason. A failed delivery leaves the release standing; retrying it is not
 * automated yet.
 */
@ApplicationScoped
public class PublicationDeliveries {

    /** Who the ledger names for deliveries: the machine, on the publisher's behalf. */
    static final String SYSTEM_ACTOR = "imprimatur-publication";

    private static final Logger LOG = Logger.getLogger(PublicationDeliveries.class.getName());

    @Inject
    private ProviderRegistry registry;

    @Inject
    private DeliveryRecords records;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasedItemPublisher.Released released) {
        Publication publication = released.publication();
        for (PublicationTarget target : registry.providers(Spi.PUBLICATION)) {
            if (!PublicationStore.ID.equals(target.id())) {
                deliver(target, publication);
            }
        }
    }

    private void deliver(PublicationTarget target, Publication publication) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("target", target.id());
        payload.put("targetVersion", target.version());
        payload.put("sha256", publication.sha256().hex());
        ProvenanceEventType outcome;
        try {
            PublicationReceipt receipt = target.publish(publication);
            payload.put("externalId", receipt == null || receipt.externalId() == null ? "" : receipt.externalId());
            outcome = ProvenanceEventType.PUBLICATION_DELIVERED;
        } catch (PublicationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The publication target " + target.id() + " did not take "
                    + publication.item().id(), e);
            payload.put("reason", String.valueOf(e.getMessage()));
            outcome = ProvenanceEventType.PUBLICATION_FAILED;
        }
        records.record(new ProvenanceEvent(outcome, SYSTEM_ACTOR, publication.item().id().toString(), payload));
    }
}
