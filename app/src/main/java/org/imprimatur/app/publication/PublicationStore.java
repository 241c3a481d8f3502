package org.imprimatur.app.publication;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.publication.Publication;
import org.imprimatur.spi.publication.PublicationReceipt;
import org.imprimatur.spi.publication.PublicationTarget;

/**
 * The built-in publication target (id {@value #ID}), always installed: keeps what each release published in the
 * {@code publication} table, for {@code GET /api/v1/items/{id}/publication}, for CMSs that pull, and for the audit.
 * Unlike other targets it runs inside the release's transaction, so a release is never recorded without what it
 * published.
 */
@ApplicationScoped
public class PublicationStore implements PublicationTarget {

    public static final String ID = "store";

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "built-in";
    }

    /** Keeps the publication; joins the release's transaction, which it requires. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationReceipt publish(Publication publication) {
        entityManager.persist(new StoredPublication(publication));
        return new PublicationReceipt(ID, publication.item().id().toString());
    }

    /** What the item's release published, if it was released. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredPublication> find(ItemId itemId) {
        return Optional.ofNullable(entityManager.find(StoredPublication.class, itemId.toString()));
    }
}
