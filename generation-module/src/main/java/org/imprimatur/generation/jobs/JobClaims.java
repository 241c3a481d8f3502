package org.imprimatur.generation.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The short transactions that move a job between instances: claiming, progress and requeueing. Each commits on
 * its own, so that other instances see it at once.
 */
@ApplicationScoped
public class JobClaims {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /**
     * Claims the oldest queued job for this instance. Rows another instance has locked are skipped, so several
     * instances claim different jobs and none is run twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> claimNext(String instance) {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("SELECT id FROM generation_job WHERE status = 'QUEUED' "
                        + "ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        GenerationJob job = entityManager.find(GenerationJob.class, ids.get(0));
        job.claim(instance, now());
        return Optional.of(job.id());
    }

    /** Records progress; a no-op unless it moved forward. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance(String jobId, int percent) {
        GenerationJob job = entityManager.find(GenerationJob.class, jobId);
        if (job != null) {
            job.advance(percent, now());
        }
    }

    /**
     * Puts back in the queue the jobs whose instance has not been heard of for {@code lease}: it stopped, and
     * the work is lost with it.
     *
     * @return how many were put back
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requeueAbandoned(Duration lease) {
        Instant cutoff = now().minus(lease);
        List<GenerationJob> abandoned = entityManager.createQuery(
                        "SELECT j FROM GenerationJob j WHERE j.status = :running AND j.updatedAt < :cutoff",
                        GenerationJob.class)
                .setParameter("running", JobStatus.RUNNING).setParameter("cutoff", cutoff).getResultList();
        abandoned.forEach(job -> job.requeue(now()));
        return abandoned.size();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
