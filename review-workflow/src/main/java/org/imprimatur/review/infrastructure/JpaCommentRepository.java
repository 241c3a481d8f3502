package org.imprimatur.review.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.imprimatur.review.domain.CommentRepository;
import org.imprimatur.review.domain.ItemComment;
import org.imprimatur.spi.content.ItemId;

@ApplicationScoped
public class JpaCommentRepository implements CommentRepository {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Override
    public void add(ItemComment comment) {
        entityManager.persist(comment);
    }

    @Override
    public List<ItemComment> comments(ItemId item) {
        return entityManager.createQuery("SELECT c FROM ItemComment c WHERE c.itemId = :item "
                        + "ORDER BY c.createdAt, c.id", ItemComment.class)
                .setParameter("item", item.toString()).getResultList();
    }
}
