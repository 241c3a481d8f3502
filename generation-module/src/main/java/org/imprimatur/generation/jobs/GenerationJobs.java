package org.imprimatur.generation.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceNotFoundException;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * Starting generation jobs and reading where they stand. A job is queued in the transaction that records its
 * request in the ledger; once that commits, {@link JobDispatcher} runs it on whichever instance claims it first.
 */
@ApplicationScoped
public class GenerationJobs {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private ProviderLookup providers;

    @Inject
    private SourceLibrary sources;

    @Inject
    private Clock clock;

    @Inject
    private JobDispatcher dispatcher;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Queues a draft.
     *
     * @throws GenerationRefusedException if the provider is not installed, or no source or an unknown one is given
     */
    @Transactional
    public GenerationJob draft(DraftOrder order, Actor requester) {
        requireEditor(requester);
        if (providers.drafting(order.provider()).isEmpty()) {
            throw new GenerationRefusedException("No drafting provider '" + order.provider() + "' is installed");
        }
        if (order.sourceIds().isEmpty()) {
            throw new GenerationRefusedException("A draft needs at least one source: upload or link one first");
        }
        try {
            sources.all(order.sourceIds());
        } catch (SourceNotFoundException e) {
            throw new GenerationRefusedException(e.getMessage() + "; upload or link it first");
        }
        GenerationJob job = queue(JobKind.DRAFT, order.provider(), order.toJson().toString(), requester);
        Map<String, Object> payload = started(job);
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("topic", order.brief().topic());
        brief.put("angle", order.brief().angle());
        brief.put("desk", order.brief().desk());
        brief.put("targetWords", order.brief().targetWords());
        brief.put("language", order.brief().language());
        payload.put("brief", brief);
        payload.put("sourceIds", order.sourceIds());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.GENERATION_STARTED, requester.name(), null,
                payload));
        return job;
    }

    /**
     * Queues an image.
     *
     * @throws GenerationRefusedException if the provider is not installed
     */
    @Transactional
    public GenerationJob image(ImageOrder order, Actor requester) {
        requireEditor(requester);
        if (providers.image(order.provider()).isEmpty()) {
            throw new GenerationRefusedException("No image provider '" + order.provider() + "' is installed");
        }
        GenerationJob job = queue(JobKind.IMAGE, order.provider(), order.toJson().toString(), requester);
        Map<String, Object> payload = started(job);
        payload.put("prompt", order.prompt());
        payload.put("size", order.width() + "x" + order.height());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.GENERATION_STARTED, requester.name(), null,
                payload));
        return job;
    }

    /**
     * Queues the automatic checks of a revision that has just entered review. Joins the caller's transaction,
     * so the job exists exactly when the revision does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public GenerationJob check(String itemId, int revision, Actor author) {
        String request = Json.createObjectBuilder().add("itemId", itemId).add("revision", revision).build().toString();
        GenerationJob job = new GenerationJob(JobKind.CHECK, "checks", request, author, now(), itemId);
        persistAndWake(job);
        return job;
    }

    /** The newest job of this kind about this item, if any. */
    @Transactional
    public Optional<GenerationJob> latest(String itemId, JobKind kind) {
        return entityManager.createQuery("SELECT j FROM GenerationJob j WHERE j.itemId = :item AND j.kind = :kind "
                        + "ORDER BY j.createdAt DESC, j.id", GenerationJob.class)
                .setParameter("item", itemId).setParameter("kind", kind).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /**
     * The job with this id. Reads in a transaction: workers and event streams call it on managed threads, where
     * Payara does not reliably clean up non-transactional entity managers.
     *
     * @throws JobNotFoundException if there is no such job
     */
    @Transactional
    public GenerationJob find(String id) {
        GenerationJob job = entityManager.find(GenerationJob.class, id);
        if (job == null) {
            throw new JobNotFoundException(id);
        }
        return job;
    }

    private GenerationJob queue(JobKind kind, String provider, String request, Actor requester) {
        GenerationJob job = new GenerationJob(kind, provider, request, requester, now());
        persistAndWake(job);
        return job;
    }

    private void persistAndWake(GenerationJob job) {
        entityManager.persist(job);
        WorkerPool.wakeAfterCommit(transactions, dispatcher::wake);
    }

    private static Map<String, Object> started(GenerationJob job) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("jobId", job.id());
        payload.put("kind", job.kind().name());
        payload.put("provider", job.provider());
        return payload;
    }

    private static void requireEditor(Actor requester) {
        if (!requester.hasRole(Role.EDITOR)) {
            throw new GenerationRefusedException("Only an editor can ask for generated content");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
