package org.imprimatur.review.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.imprimatur.review.domain.CheckRecord;
import org.imprimatur.review.domain.FindingRepository;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.spi.content.ItemId;

@ApplicationScoped
public class JpaFindingRepository implements FindingRepository {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Override
    public void add(CheckRecord report, List<ItemFinding> findings) {
        entityManager.persist(report);
        // Findings refer to their report, which JPA does not know: write it first.
        entityManager.flush();
        findings.forEach(entityManager::persist);
    }

    @Override
    public Optional<ItemFinding> find(String id) {
        return Optional.ofNullable(entityManager.find(ItemFinding.class, id));
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public List<ItemFinding> findings(ItemId item, int revision) {
        return entityManager.createQuery("SELECT f FROM ItemFinding f WHERE f.itemId = :item AND f.revision = :revision "
                        + "ORDER BY f.start, f.end, f.checkId, f.id", ItemFinding.class)
                .setParameter("item", item.toString()).setParameter("revision", revision).getResultList();
    }

    @Override
    public List<CheckRecord> reports(ItemId item) {
        return entityManager.createQuery("SELECT r FROM CheckRecord r WHERE r.itemId = :item "
                        + "ORDER BY r.revision, r.createdAt, r.checkId", CheckRecord.class)
                .setParameter("item", item.toString()).getResultList();
    }
}
