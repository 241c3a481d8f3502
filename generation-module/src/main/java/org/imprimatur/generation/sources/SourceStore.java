package org.imprimatur.generation.sources;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;
import org.imprimatur.spi.source.SourceRights;

/** Stores sources, each with the ledger entry that records it, in one transaction. */
@ApplicationScoped
public class SourceStore {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    @Transactional
    Source add(IngestedSource ingested, SourceRights rights, Actor actor) {
        Source source = new Source(ingested, rights, actor.name(), now());
        entityManager.persist(source);
        // A second upload of the same bytes racing this one fails here, before the ledger is touched.
        entityManager.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sourceId", source.id());
        payload.put("sha256", source.sha256().hex());
        payload.put("byteSize", source.byteSize());
        payload.put("mediaType", source.mediaType());
        payload.put("language", source.language());
        payload.put("origin", source.origin());
        payload.put("title", source.title());
        payload.put("passages", source.passageCount());
        payload.put("rights", rightsOf(source.rights()));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.SOURCE_INGESTED, actor.name(), null, payload));
        return source;
    }

    @Transactional
    Source changeRights(String id, SourceRights rights, Actor actor) {
        Source source = find(id).orElseThrow(() -> new SourceNotFoundException(id));
        source.changeRights(rights);
        entityManager.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sourceId", source.id());
        payload.put("sha256", source.sha256().hex());
        payload.put("rights", rightsOf(source.rights()));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.SOURCE_RIGHTS_CHANGED, actor.name(), null,
                payload));
        return source;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Source> find(String id) {
        return Optional.ofNullable(entityManager.find(Source.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Source> findByDigest(Sha256 sha256) {
        return entityManager.createQuery("SELECT s FROM Source s WHERE s.sha256 = :sha256", Source.class)
                .setParameter("sha256", sha256.hex()).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Source> newest(int limit) {
        return entityManager.createQuery("SELECT s FROM Source s ORDER BY s.createdAt DESC, s.id", Source.class)
                .setMaxResults(limit).getResultList();
    }

    private static Map<String, Object> rightsOf(SourceRights rights) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("creditLine", rights.creditLine());
        map.put("licence", rights.licence());
        map.put("embargoedUntil", rights.embargoedUntil() == null ? null : rights.embargoedUntil().toString());
        return map;
    }

    // The ledger keeps milliseconds; so do sources, so that both tell the same time.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
