package org.imprimatur.app.plugins;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.app.plugins.ProviderHealth.Outcome;
import org.imprimatur.generation.jobs.JobKind;
import org.imprimatur.generation.jobs.JobStatus;
import org.imprimatur.review.domain.CheckRecord;
import org.imprimatur.spi.Provider;
import org.imprimatur.spi.Spi;

/**
 * The health of the installed providers, read from what their work leaves behind rather than by calling them
 * (a call to a remote model costs money and would send text out just to ask): a drafting or image provider's
 * generation jobs, a check's reports. Publication targets are judged by their delivery jobs once those are kept
 * in the database; today their outcomes are ledger entries only, so they are {@code NOT_TRACKED} like policies.
 */
@ApplicationScoped
public class ProviderActivity {

    /** At most this many finished calls of each kind are read: enough to judge the window on a busy desk. */
    static final int MOST_RECENT = 1000;

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private ProviderRegistry registry;

    /** Every installed provider's health over the window that ends now. */
    @Transactional
    public List<ProviderHealth> health(Duration window) {
        Instant since = Instant.now().minus(window);
        Map<String, List<Outcome>> drafting = jobs(JobKind.DRAFT, since);
        Map<String, List<Outcome>> images = jobs(JobKind.IMAGE, since);
        Map<String, List<Outcome>> checks = checkReports(since);
        List<ProviderHealth> health = new ArrayList<>();
        health.addAll(judged(Spi.DRAFTING, drafting));
        health.addAll(judged(Spi.IMAGE, images));
        health.addAll(judged(Spi.CHECK, checks));
        for (Spi<?> untracked : List.of(Spi.REVIEW_POLICY, Spi.PUBLICATION)) {
            registry.providers(untracked).forEach(provider ->
                    health.add(ProviderHealth.untracked(provider.id(), untracked.name(), provider.remote())));
        }
        return health;
    }

    private List<ProviderHealth> judged(Spi<?> spi, Map<String, List<Outcome>> outcomes) {
        return registry.providers(spi).stream().map(Provider.class::cast).map(provider -> ProviderHealth.of(
                provider.id(), spi.name(), provider.remote(), outcomes.getOrDefault(provider.id(), List.of())))
                .toList();
    }

    private Map<String, List<Outcome>> jobs(JobKind kind, Instant since) {
        return entityManager.createQuery("SELECT j.provider, j.status, j.updatedAt, j.error FROM GenerationJob j "
                        + "WHERE j.kind = :kind AND j.status IN :finished AND j.updatedAt >= :since "
                        + "ORDER BY j.updatedAt DESC", Object[].class)
                .setParameter("kind", kind)
                .setParameter("finished", List.of(JobStatus.SUCCEEDED, JobStatus.FAILED))
                .setParameter("since", since)
                .setMaxResults(MOST_RECENT)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (String) row[0], Collectors.mapping(row -> new Outcome(
                        (Instant) row[2], row[1] == JobStatus.SUCCEEDED, (String) row[3]), Collectors.toList())));
    }

    /** A failed report is small (what ran and why it failed), so only failures are read whole, for their error. */
    private Map<String, List<Outcome>> checkReports(Instant since) {
        List<Object[]> completed = entityManager.createQuery("SELECT r.checkId, r.createdAt FROM CheckRecord r "
                        + "WHERE r.outcome = :completed AND r.createdAt >= :since ORDER BY r.createdAt DESC",
                        Object[].class)
                .setParameter("completed", CheckRecord.Outcome.COMPLETED)
                .setParameter("since", since)
                .setMaxResults(MOST_RECENT)
                .getResultList();
        List<CheckRecord> failed = entityManager.createQuery("SELECT r FROM CheckRecord r "
                        + "WHERE r.outcome = :failed AND r.createdAt >= :since ORDER BY r.createdAt DESC",
                        CheckRecord.class)
                .setParameter("failed", CheckRecord.Outcome.FAILED)
                .setParameter("since", since)
                .setMaxResults(MOST_RECENT)
                .getResultList();
        Map<String, List<Outcome>> outcomes = new HashMap<>();
        completed.forEach(row -> outcomes.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                .add(new Outcome((Instant) row[1], true, null)));
        failed.forEach(report -> outcomes.computeIfAbsent(report.checkId(), id -> new ArrayList<>())
                .add(new Outcome(report.createdAt(), false, errorOf(report))));
        return outcomes;
    }

    private static String errorOf(CheckRecord report) {
        try (JsonReader reader = Json.createReader(new StringReader(report.report()))) {
            return reader.readObject().getString("error", null);
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
