package org.imprimatur.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.imprimatur.app.audit.Dashboard.DeskAiShare;
import org.imprimatur.app.audit.Dashboard.FindingCount;
import org.imprimatur.app.audit.Dashboard.StateCount;
import org.imprimatur.provenance.ledger.CanonicalJson;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * The figures of the compliance dashboard, counted by the database: items grouped by desk and state, findings
 * grouped by check, category, verdict, severity and status. Two figures need the ledger, where only it holds them:
 * the AI share comes from each release's label decision (one payload per release read), and the time in review from
 * the transitions of the items decided in the window (one small row per transition, never a whole item).
 */
@ApplicationScoped
public class DeskStatistics {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    /**
     * The dashboard for one desk or all, over a window of time or all of it.
     *
     * @param desk a normalised desk name, or {@code null} for every desk
     * @param from the window's start (inclusive), or {@code null}
     * @param to   the window's end (exclusive), or {@code null}
     */
    @Transactional
    public Dashboard dashboard(String desk, Instant from, Instant to) {
        List<FindingCount> findings = findings(desk, from, to);
        return new Dashboard(desk, from, to, itemsByState(desk, from, to), aiShare(desk, from, to), findings,
                Dashboard.OverrideRate.of(findings), Dashboard.TimeInReview.of(
                        ReviewRounds.decidedWithin(reviewSteps(desk, from, to), from, to)));
    }

    /** Items submitted in the window, by desk and the state they are in now. */
    private List<StateCount> itemsByState(String desk, Instant from, Instant to) {
        StringBuilder jpql = new StringBuilder("SELECT c.desk, c.state, COUNT(c) FROM ContentItem c WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (desk != null) {
            jpql.append(" AND c.desk = :desk");
            parameters.put("desk", desk);
        }
        if (from != null) {
            jpql.append(" AND c.createdAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.append(" AND c.createdAt < :to");
            parameters.put("to", to);
        }
        jpql.append(" GROUP BY c.desk, c.state");
        List<Object[]> rows = rows(entityManager.createQuery(jpql.toString()), parameters);
        return rows.stream()
                .map(row -> new StateCount((String) row[0], ((ItemState) row[1]).name(), ((Number) row[2]).longValue()))
                .sorted(Comparator.comparing(StateCount::desk)
                        .thenComparing(count -> ItemState.valueOf(count.state())))
                .toList();
    }

    /** Findings raised in the window on the desk's items, with what became of them. */
    private List<FindingCount> findings(String desk, Instant from, Instant to) {
        StringBuilder jpql = new StringBuilder("SELECT f.checkId, f.category, f.verdict, f.severity, f.status, "
                + "COUNT(f) FROM ItemFinding f WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (desk != null) {
            jpql.append(" AND f.itemId IN (SELECT c.id FROM ContentItem c WHERE c.desk = :desk)");
            parameters.put("desk", desk);
        }
        if (from != null) {
            jpql.append(" AND f.createdAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.append(" AND f.createdAt < :to");
            parameters.put("to", to);
        }
        jpql.append(" GROUP BY f.checkId, f.category, f.verdict, f.severity, f.status");
        List<Object[]> rows = rows(entityManager.createQuery(jpql.toString()), parameters);
        Map<List<String>, long[]> byKind = new TreeMap<>(Comparator.comparing((List<String> key) -> String.join("\0",
                key)));
        for (Object[] row : rows) {
            List<String> kind = List.of((String) row[0], (String) row[1], String.valueOf(row[2]), String.valueOf(row[3]));
            long[] counts = byKind.computeIfAbsent(kind, key -> new long[ItemFinding.Status.values().length]);
            counts[((ItemFinding.Status) row[4]).ordinal()] += ((Number) row[5]).longValue();
        }
        List<FindingCount> counts = new ArrayList<>();
        byKind.forEach((kind, byStatus) -> counts.add(new FindingCount(kind.get(0), kind.get(1), kind.get(2),
                kind.get(3), Arrays.stream(byStatus).sum(), byStatus[ItemFinding.Status.OPEN.ordinal()],
                byStatus[ItemFinding.Status.FIXED.ordinal()], byStatus[ItemFinding.Status.ACCEPTED.ordinal()],
                byStatus[ItemFinding.Status.OVERRIDDEN.ordinal()])));
        return counts;
    }

    /** The label decisions of the articles released in the window, pooled per desk. */
    private List<DeskAiShare> aiShare(String desk, Instant from, Instant to) {
        StringBuilder jpql = new StringBuilder("SELECT c.desk, e.payload FROM LedgerEntry e, ContentItem c "
                + "WHERE e.itemId = c.id AND e.eventType = :released AND c.kind = :article");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("released", ProvenanceEventType.ITEM_RELEASED.name());
        parameters.put("article", ContentKind.ARTICLE);
        if (desk != null) {
            jpql.append(" AND c.desk = :desk");
            parameters.put("desk", desk);
        }
        if (from != null) {
            jpql.append(" AND e.recordedAt >= :from");
            parameters.put("from", LedgerEntry.formatTime(from));
        }
        if (to != null) {
            jpql.append(" AND e.recordedAt < :to");
            parameters.put("to", LedgerEntry.formatTime(to));
        }
        List<Object[]> rows = rows(entityManager.createQuery(jpql.toString()), parameters);
        Map<String, long[]> byDesk = new TreeMap<>();
        for (Object[] row : rows) {
            long[] sums = byDesk.computeIfAbsent((String) row[0], key -> new long[4]);
            sums[0]++;
            JsonObject text = labelDecisionText(CanonicalJson.parseObject((String) row[1]));
            if (text != null) {
                sums[1]++;
                sums[2] += text.getJsonNumber("sentences").longValue();
                sums[3] += text.getJsonNumber("aiSentences").longValue();
            }
        }
        List<DeskAiShare> shares = new ArrayList<>();
        byDesk.forEach((name, sums) -> shares.add(DeskAiShare.of(name, sums[0], sums[1], sums[2], sums[3])));
        return shares;
    }

    /** publication.labelDecision.text of a release's payload, or null for a release that recorded none. */
    static JsonObject labelDecisionText(JsonObject payload) {
        if (!(payload.get("publication") instanceof JsonObject published)
                || !(published.get("labelDecision") instanceof JsonObject decision)
                || !(decision.get("text") instanceof JsonObject text)
                || !(text.get("sentences") instanceof JsonNumber)
                || !(text.get("aiSentences") instanceof JsonNumber)) {
            return null;
        }
        return text;
    }

    /**
     * The transitions into and out of review of every item (of the desk) that had a decision in the window, in the
     * order they happened: a round decided in the window may have begun before it.
     */
    private List<ReviewRounds.Step> reviewSteps(String desk, Instant from, Instant to) {
        StringBuilder jpql = new StringBuilder("SELECT e.itemId, e.eventType, e.recordedAt, e.payload "
                + "FROM LedgerEntry e WHERE e.eventType IN :events AND e.itemId IN (SELECT d.itemId "
                + "FROM LedgerEntry d WHERE d.eventType IN :decisions");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("events", ReviewRounds.EVENTS.stream().map(Enum::name).toList());
        parameters.put("decisions", ReviewRounds.DECISIONS.stream().map(Enum::name).toList());
        if (from != null) {
            jpql.append(" AND d.recordedAt >= :from");
            parameters.put("from", LedgerEntry.formatTime(from));
        }
        if (to != null) {
            jpql.append(" AND d.recordedAt < :to");
            parameters.put("to", LedgerEntry.formatTime(to));
        }
        jpql.append(")");
        if (desk != null) {
            jpql.append(" AND e.itemId IN (SELECT c.id FROM ContentItem c WHERE c.desk = :desk)");
            parameters.put("desk", desk);
        }
        jpql.append(" ORDER BY e.seq");
        List<Object[]> rows = rows(entityManager.createQuery(jpql.toString()), parameters);
        List<ReviewRounds.Step> steps = new ArrayList<>();
        for (Object[] row : rows) {
            steps.add(ReviewRounds.Step.of((String) row[0], (String) row[1], Instant.parse((String) row[2]),
                    CanonicalJson.parseObject((String) row[3])));
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
