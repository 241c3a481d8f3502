package org.imprimatur.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import org.imprimatur.review.domain.CheckRecord;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.review.domain.FindingRepository;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * Records check reports, each in one transaction with its findings, the provenance records of their evidence and its
 * ledger entry. The ledger holds the digest of the report as stored and of those records, so both can later be shown
 * to be the ones the check gave.
 */
@ApplicationScoped
public class CheckRecords {

    /** Who the ledger names for what the machine did on its own. */
    static final String SYSTEM_ACTOR = "imprimatur-checks";

    @Inject
    private ContentItemRepository items;

    @Inject
    private FindingRepository findings;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private AttributionRecorder attributionRecords;

    @Inject
    private Clock clock;

    /** @throws ItemNotFoundException if there is no such item or revision */
    @Transactional
    public RevisionView revision(ItemId itemId, int revisionNo) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new ItemNotFoundException(itemId.toString()));
        return item.revisions().stream().filter(revision -> revision.number() == revisionNo).findFirst()
                .orElseThrow(() -> new ItemNotFoundException(itemId + " revision " + revisionNo)).view();
    }

    /**
     * The item as it is now, for the checks' context.
     *
     * @throws ItemNotFoundException if there is no such item
     */
    @Transactional
    public ContentItemView item(ItemId itemId) {
        return items.find(itemId).orElseThrow(() -> new ItemNotFoundException(itemId.toString())).view();
    }

    @Transactional
    public void completed(RevisionView revision, ContentCheck check, CheckReport report) {
        JsonObjectBuilder json = header(revision, check).add("models", Json.createObjectBuilder(
                new TreeMap<String, Object>(report.models())));
        JsonArrayBuilder found = Json.createArrayBuilder();
        report.findings().forEach(finding -> found.add(toJson(finding)));
        CheckRecord record = new CheckRecord(revision.itemId(), revision.number(), check.id(),
                CheckRecord.Outcome.COMPLETED, json.add("findings", found).build().toString(), now());
        List<ItemFinding> recorded = report.findings().stream()
                .map(finding -> new ItemFinding(record, revision.itemId().toString(), finding, now())).toList();
        findings.add(record, recorded);
        Map<String, Object> payload = payload(revision, check, record);
        payload.put("models", new TreeMap<>(report.models()));
        payload.put("summary", summary(report.findings()));
        payload.put("evidenceRecords", attributionRecords.evidence(revision, check.id(), record.id(),
                report.findings()));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.CHECK_COMPLETED, SYSTEM_ACTOR,
                revision.itemId().toString(), payload));
        reevaluate(revision, check.id(), recorded);
    }

    /**
     * Weighs the previous revision's findings of this check against what it found now. A finding over words the new
     * revision left unchanged takes over the reviewer's acceptance or override of the earlier one; an earlier open
     * finding the check no longer finds — its words changed, or they pass now — is fixed. Each is a ledger entry.
     * The check itself reads the whole revision, because context beyond a sentence matters to it (quotes, runs of
     * copied text); the matching by covered words is what confines the outcome to what changed.
     */
    private void reevaluate(RevisionView revision, String checkId, List<ItemFinding> found) {
        if (revision.number() == 1) {
            return;
        }
        int previous = revision.number() - 1;
        String earlierBody = items.find(revision.itemId()).flatMap(item -> item.revision(previous))
                .orElseThrow(() -> new ItemNotFoundException(revision.itemId() + " revision " + previous)).body();
        List<ItemFinding> earlier = findings.findings(revision.itemId(), previous).stream()
                .filter(finding -> finding.checkId().equals(checkId)).toList();
        for (ItemFinding later : found) {
            for (ItemFinding before : earlier) {
                if (before.recursIn(later, earlierBody, revision.body()) && later.takeOverDecisionOf(before)) {
                    provenance.record(FindingResolutions.resolved(later, SYSTEM_ACTOR,
                            Map.of("takenOverFrom", before.id())));
                    break;
                }
            }
        }
        for (ItemFinding before : earlier) {
            boolean recurs = found.stream().anyMatch(later -> before.recursIn(later, earlierBody, revision.body()));
            if (!recurs && before.fixedBy(revision.number(), SYSTEM_ACTOR, now())) {
                provenance.record(FindingResolutions.resolved(before, SYSTEM_ACTOR,
                        Map.of("fixedByRevision", revision.number())));
            }
        }
    }

    @Transactional
    public void failed(RevisionView revision, ContentCheck check, String reason) {
        CheckRecord record = new CheckRecord(revision.itemId(), revision.number(), check.id(),
                CheckRecord.Outcome.FAILED, header(revision, check).add("error", reason).build().toString(), now());
        Finding unchecked = new Finding(new Span(0, revision.body().length()), "check-failed", Severity.HIGH,
                Verdict.UNVERIFIABLE, 0, "The " + check.id() + " check did not run: " + reason
                + ". Treat the revision as unchecked in this respect.", List.of());
        findings.add(record, List.of(new ItemFinding(record, revision.itemId().toString(), unchecked, now())));
        Map<String, Object> payload = payload(revision, check, record);
        payload.put("reason", reason);
        provenance.record(new ProvenanceEvent(ProvenanceEventType.CHECK_FAILED, SYSTEM_ACTOR,
                revision.itemId().toString(), payload));
    }

    private static JsonObjectBuilder header(RevisionView revision, ContentCheck check) {
        return Json.createObjectBuilder().add("checkId", check.id()).add("version", check.version())
                .add("itemId", revision.itemId().toString()).add("revision", revision.number());
    }

    private static JsonObjectBuilder toJson(Finding finding) {
        JsonArrayBuilder evidence = Json.createArrayBuilder();
        for (Evidence e : finding.evidence()) {
            evidence.add(Json.createObjectBuilder().add("sourceId", e.sourceId()).add("start", e.passage().start())
                    .add("end", e.passage().end()).add("excerpt", e.excerpt()).add("score", e.score()));
        }
        return Json.createObjectBuilder().add("start", finding.span().start()).add("end", finding.span().end())
                .add("category", finding.category()).add("severity", finding.severity().name())
                .add("verdict", finding.verdict().name()).add("score", finding.score())
                .add("message", finding.message()).add("evidence", evidence);
    }

    private static Map<String, Object> payload(RevisionView revision, ContentCheck check, CheckRecord record) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("revision", revision.number());
        payload.put("checkId", check.id());
        payload.put("version", check.version());
        payload.put("reportSha256", record.sha256().hex());
        return payload;
    }

    /** How many findings of each severity and verdict: what the ledger shows at a glance. */
    static Map<String, Object> summary(List<Finding> found) {
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byVerdict = new TreeMap<>();
        for (Finding finding : found) {
            bySeverity.merge(finding.severity().name(), 1, Integer::sum);
            byVerdict.merge(finding.verdict().name(), 1, Integer::sum);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("findings", found.size());
        summary.put("bySeverity", bySeverity);
        summary.put("byVerdict", byVerdict);
        return summary;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
