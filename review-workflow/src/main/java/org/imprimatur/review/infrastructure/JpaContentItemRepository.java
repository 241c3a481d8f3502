package org.imprimatur.review.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.review.domain.QueueEntry;
import org.imprimatur.review.domain.QueueQuery;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;

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

    /**
     * {@code FOR UPDATE SKIP LOCKED}, which H2 and PostgreSQL both have, as the job queue claims its jobs; JPQL
     * cannot say it. Only {@code content_item} rows are locked: the revision table is read in a subquery.
     */
    @Override
    public Optional<ContentItem> lockOldestUnassigned(Set<String> desks, String reviewer) {
        List<String> deskList = List.copyOf(desks);
        Query query = entityManager.createNativeQuery("SELECT i.id FROM content_item i"
                + " WHERE i.state = ?1 AND i.assignee IS NULL AND i.requested_by <> ?2"
                + " AND NOT EXISTS (SELECT 1 FROM revision r WHERE r.item_id = i.id AND r.author = ?3"
                + "   AND r.revision_no = (SELECT MAX(l.revision_no) FROM revision l WHERE l.item_id = i.id))"
                + (deskList.isEmpty() ? "" : " AND i.desk IN (" + positionalParameters(4, deskList.size()) + ")")
                + " ORDER BY i.state_since, i.id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, ItemState.IN_REVIEW.name())
                .setParameter(2, reviewer)
                .setParameter(3, reviewer);
        for (int i = 0; i < deskList.size(); i++) {
            query.setParameter(4 + i, deskList.get(i));
        }
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        return ids.stream().findFirst().map(id -> entityManager.find(ContentItem.class, id));
    }

    /** {@code ?first, ?first+1, …}: one positional parameter per value, since native queries expand no collection. */
    private static String positionalParameters(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(n -> "?" + n).collect(Collectors.joining(", "));
    }

    @Override
    public List<QueueEntry> queue(QueueQuery criteria, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT i, r.title, r.createdAt FROM ContentItem i JOIN i.revisions r"
                + " WHERE r.number = (SELECT MAX(l.number) FROM Revision l WHERE l.item = i)");
        if (!criteria.states().isEmpty()) {
            jpql.append(" AND i.state IN :states");
        }
        if (criteria.desk() != null) {
            jpql.append(" AND i.desk = :desk");
        }
        if (!criteria.desks().isEmpty()) {
            jpql.append(" AND i.desk IN :desks");
        }
        if (criteria.assignee() != null) {
            jpql.append(" AND i.assignee = :assignee");
        }
        if (criteria.unassigned()) {
            jpql.append(" AND i.assignee IS NULL");
        }
        jpql.append(criteria.newestFirst() ? " ORDER BY i.stateSince DESC, i.id DESC"
                : " ORDER BY i.stateSince ASC, i.id ASC");
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        if (!criteria.states().isEmpty()) {
            query.setParameter("states", List.copyOf(criteria.states()));
        }
        if (criteria.desk() != null) {
            query.setParameter("desk", criteria.desk());
        }
        if (!criteria.desks().isEmpty()) {
            query.setParameter("desks", List.copyOf(criteria.desks()));
        }
        if (criteria.assignee() != null) {
            query.setParameter("assignee", criteria.assignee());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new QueueEntry((ContentItem) row[0], (String) row[1], (Instant) row[2]))
                .toList();
    }
}
