package org.imprimatur.review.infrastructure;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.imprimatur.review.domain.policy.DeskPolicy;
import org.imprimatur.review.domain.policy.DeskPolicyRepository;
import org.imprimatur.review.domain.policy.PolicyChangedMeanwhileException;
import org.imprimatur.spi.content.ContentKind;

@ApplicationScoped
public class JpaDeskPolicyRepository implements DeskPolicyRepository {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    /** @throws PolicyChangedMeanwhileException if another transaction stored this version first */
    @Override
    public void add(DeskPolicy policy) {
        entityManager.persist(policy);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (violatesIntegrity(e)) {
                throw new PolicyChangedMeanwhileException("Another admin stored version " + policy.version()
                        + " of this policy at the same time; reload it and make the change to that version");
            }
            throw e;
        }
    }

    // SQLSTATE class 23 (integrity constraint violation) is standard: H2 and PostgreSQL both answer 23505 here.
    private static boolean violatesIntegrity(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<DeskPolicy> current(String desk, ContentKind kind) {
        return versions(desk, kind).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<DeskPolicy> history(String desk, ContentKind kind) {
        return versions(desk, kind).getResultList();
    }

    private TypedQuery<DeskPolicy> versions(String desk, ContentKind kind) {
        return entityManager.createQuery("SELECT p FROM DeskPolicy p WHERE p.desk = :desk AND p.kind = :kind "
                        + "ORDER BY p.version DESC", DeskPolicy.class)
                .setParameter("desk", desk).setParameter("kind", kind);
    }

    @Override
    public List<DeskPolicy> currentVersions() {
        return entityManager.createQuery("SELECT p FROM DeskPolicy p WHERE p.version = (SELECT MAX(q.version) "
                        + "FROM DeskPolicy q WHERE q.desk = p.desk AND q.kind = p.kind) ORDER BY p.desk, p.kind",
                DeskPolicy.class).getResultList();
    }
}
