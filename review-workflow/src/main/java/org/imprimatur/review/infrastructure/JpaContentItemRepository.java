package org.imprimatur.review.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.spi.content.ItemId;

@ApplicationScoped
public class JpaContentItemRepository implements ContentItemRepository {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Override
    public Optional<ContentItem> find(ItemId id) {
        return Optional.ofNullable(entityManager.find(ContentItem.class, id.toString()));
    }

    @Override
    public void add(ContentItem item) {
        entityManager.persist(item);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
