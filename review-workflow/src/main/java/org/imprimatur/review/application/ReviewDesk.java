package org.imprimatur.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.review.domain.CheckRecord;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.review.domain.FindingRepository;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.ResolutionEvidence;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.policy.ProposedTransition;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;
import org.imprimatur.spi.source.Attribution;

/**
 * The review desk's use cases. Each runs in one transaction with the ledger entry that records it, so a change
 * never commits without its entry and an entry never outlives a rolled-back change. A revision entering review
 * (a new item or an edit) is announced as {@link RevisionEnteredReview} inside that transaction, so the checks
 * scheduled for it commit with it.
 */
@ApplicationScoped
public class ReviewDesk {

    @Inject
    private ContentItemRepository items;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    @Inject
    private ReviewPolicies policies;

    @Inject
    private Event<RevisionEnteredReview> enteredReview;

    @Inject
    private FindingRepository findings;

    @Inject
    private InstalledChecks installedChecks;

    @Inject
    private DisclosureStatements statements;

    @Inject
    private ReleasePublisher publisher;

    @Inject
    private SourceRightsLookup sourceRights;

    @Inject
    private AttributionRecorder attributionRecords;

    /** Puts AI-generated content into review as a new item. */
    @Transactional
    public ContentItem submit(SubmitArticle submission, Actor requester) {
        ContentItem item = ContentItem.submit(submission.kind(), submission.desk(), submission.title(), submission.body(),
                submission.modelCard(), submission.attributions(), submission.depictsPeople(), requester, now());
        items.add(item);
        Revision revision = item.currentRevision();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", item.kind().name());
        payload.put("desk", item.desk());
        payload.put("depictsPeople", item.depictsPeople());
        payload.put("revision", revision.number());
        payload.put("title", revision.title());
        payload.put("bodySha256", revision.bodySha256().hex());
        payload.put("modelCard", revision.modelCard().asMap());
        payload.put("attributions", revision.attributions().stream().map(Attribution::asMap).toList());
        payload.put("attributionRecords", attributionRecords.attributions(revision.view()));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.ITEM_SUBMITTED, requester.name(),
                item.id().toString(), payload));
        enteredReview.fire(new RevisionEnteredReview(item.id(), revision.number(), requester));
        return item;
    }

    /**
     * Resolves one finding of an item and records who did it, how and why.
     *
     * @throws ItemNotFoundException if there is no such item, or the item has no such finding
     * @throws TransitionRefusedException if the resolution breaks a rule (role, reason, evidence, already resolved)
     */
    @Transactional
    public ItemFinding resolveFinding(ItemId id, String findingId, ItemFinding.Status resolution, String reason,
                                      ResolutionEvidence evidence, Actor actor) {
        ContentItem item = find(id);
        ItemFinding finding = findings.find(findingId).filter(f -> f.itemId().equals(id.toString()))
                .orElseThrow(() -> new ItemNotFoundException(id + " (finding " + findingId + ")"));
        finding.resolve(resolution, reason, evidence, actor, item.currentRevision().number(), now());
        findings.flush();
        recordResolution(id, finding, actor);
        return finding;
    }

    private void recordResolution(ItemId id, ItemFinding finding, Actor actor) {
        provenance.record(FindingResolutions.resolved(finding, actor.name(), Map.of()));
    }

    /**
     * Sets an item's AI-disclosure label and records it; the open missing-label findings of its current revision
     * are resolved as fixed by it, each with its own ledger entry.
     *
     * @param statement  what readers are told; blank for the desk's configured line
     * @param sourceType the IPTC digital source type term; blank for the one that fits the item (the model's own
     *                   work until someone writes a revision, a composite after)
     * @throws ItemNotFoundException if there is no such item
     * @throws TransitionRefusedException if the actor is no publisher, the item is decided, or the term is no IPTC
     *                                    digital source type an AI label may carry
     */
    @Transactional
    public ContentItem label(ItemId id, String statement, String sourceType, Actor actor) {
        ContentItem item = find(id);
        DigitalSourceType type = sourceType == null || sourceType.isBlank() ? item.defaultSourceType()
                : DigitalSourceType.ofTerm(sourceType).orElseThrow(() -> new TransitionRefusedException(
                        Reason.INCOMPLETE_REQUEST, "'" + sourceType + "' is no IPTC digital source type of AI content; "
                        + "use one of " + Arrays.stream(DigitalSourceType.values()).map(DigitalSourceType::term)
                        .collect(Collectors.joining(", "))));
        Instant now = now();
        DisclosureLabel label = item.label(statement == null || statement.isBlank() ? statements.forDesk(item.desk())
                : statement, type, actor, now);
        items.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("revision", item.currentRevision().number());
        payload.put("statement", label.statement());
        payload.put("digitalSourceType", label.digitalSourceType());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.DISCLOSURE_LABELLED, actor.name(), id.toString(),
                payload));
        for (ItemFinding finding : findings.findings(id, item.currentRevision().number())) {
            if (DisclosureLabel.MISSING.equals(finding.category()) && finding.status() == ItemFinding.Status.OPEN) {
                finding.fixByLabel(label, actor, now);
                findings.flush();
                recordResolution(id, finding, actor);
            }
        }
        return item;
    }

    /** What the automatic checks found on one revision of an item, in body order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemFinding> findings(ItemId id, int revision) {
        return findings.findings(id, revision);
    }

    /** Every report the automatic checks made on an item, by revision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckRecord> checkReports(ItemId id) {
        return findings.reports(id);
    }

    /** The item with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentItem find(ItemId id) {
        return items.find(id).orElseThrow(() -> new ItemNotFoundException(id.toString()));
    }

    /**
     * The desk an item is filed under, read in a transaction of its own: for the access checks that run before a
     * request's own work. (Payara closes a request's non-transactional persistence context once more at the end of
     * the request; read outside a transaction before a transactional change in the same request, it was closed
     * twice and the request answered 500 after its change had committed.)
     *
     * @throws ItemNotFoundException if there is no such item
     */
    @Transactional
    public String deskOf(ItemId id) {
        return find(id).desk();
    }

    /**
     * How the workflow and the review policies would judge a transition of an item by this actor, without taking
     * it: nothing changes and nothing is recorded. It is judged as {@link #transition} judges it, on the current
     * revision; whether a reason is needed is said, not checked.
     *
     * @throws ItemNotFoundException if there is no such item
     */
    @Transactional
    public TransitionJudgement judge(ItemId id, ReviewAction action, Actor actor) {
        return judge(find(id), action, null, actor, now());
    }

    private TransitionJudgement judge(ContentItem item, ReviewAction action, Integer expectedRevision, Actor actor,
                                      Instant now) {
        return TransitionJudgement.of(item, action, actor, expectedRevision,
                () -> policies.evaluate(proposal(item, action, actor, now)));
    }

    /**
     * Moves an item along one transition and records it, with how every review policy judged it. An approval
     * counts towards the approvals the policies ask for; the item is approved once they are all given.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws TransitionRefusedException if the workflow or a policy does not allow it
     * @throws jakarta.persistence.OptimisticLockException if someone else changed the item meanwhile
     */
    @Transactional
    public ContentItem transition(ItemId id, ReviewAction action, String reason, Integer expectedRevision,
                                  Actor actor) {
        ContentItem item = find(id);
        Optional<String> assignee = item.assignee();
        Instant now = now();
        TransitionJudgement judgement = judge(item, action, expectedRevision, actor, now);
        judgement.requireAllowed(reason);
        int approvalsRequired = judgement.approvalsRequired();
        item.apply(action, actor, reason, expectedRevision, approvalsRequired, now);
        // Fail a lost race here, before the ledger is touched, rather than at commit.
        items.flush();
        Revision revision = item.currentRevision();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", action.wireName());
        payload.put("state", item.state().name());
        payload.put("revision", revision.number());
        payload.put("bodySha256", revision.bodySha256().hex());
        payload.put("reason", reason == null ? "" : reason);
        if (action == ReviewAction.APPROVE) {
            payload.put("approvals", item.approvals().size() + " of " + approvalsRequired);
        }
        payload.put("policies", judgement.policies().stream().map(ReviewDesk::asLedgerRecord).toList());
        if (action == ReviewAction.RELEASE) {
            payload.put("publication", publisher.publish(item, actor, now));
        }
        provenance.record(new ProvenanceEvent(eventFor(action), actor.name(), item.id().toString(), payload));
        recordEndedAssignment(item, assignee, actor, action.wireName());
        return item;
    }

    /**
     * Says whether an image shows people, which may change how many approvals it needs, and records it.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws TransitionRefusedException if the item is no image, is decided, or the actor may not say so
     */
    @Transactional
    public ContentItem depictPeople(ItemId id, boolean depicts, Actor actor) {
        ContentItem item = find(id);
        item.depictPeople(depicts, actor, now());
        items.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depictsPeople", depicts);
        payload.put("revision", item.currentRevision().number());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.ITEM_DEPICTS_PEOPLE_CHANGED, actor.name(),
                item.id().toString(), payload));
        return item;
    }

    /**
     * Records a new revision of an item and puts it back into review.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws org.imprimatur.review.domain.TransitionRefusedException if the author may not revise it now
     * @throws jakarta.persistence.OptimisticLockException if someone else changed the item meanwhile
     */
    @Transactional
    public ContentItem revise(ItemId id, String title, String body, Integer expectedRevision, Actor author) {
        ContentItem item = find(id);
        Optional<String> assignee = item.assignee();
        Revision revision = item.revise(title, body, author, expectedRevision, now());
        items.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("revision", revision.number());
        payload.put("title", revision.title());
        payload.put("bodySha256", revision.bodySha256().hex());
        payload.put("state", item.state().name());
        payload.put("attributionRecords", attributionRecords.attributions(revision.view()));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.ITEM_REVISED, author.name(), item.id().toString(),
                payload));
        recordEndedAssignment(item, assignee, author, "revise");
        enteredReview.fire(new RevisionEnteredReview(item.id(), revision.number(), author));
        return item;
    }

    /** Records that a change ended the item's assignment, when it did: the work the assignee took on is over. */
    private void recordEndedAssignment(ContentItem item, Optional<String> before, Actor actor, String cause) {
        if (before.isPresent() && item.assignee().isEmpty()) {
            provenance.record(AssignmentEvents.unassigned(item, before.get(), actor, cause));
        }
    }

    /** What the policies are asked: the item as it is, its findings, approvals, sources and checks still due. */
    private ProposedTransition proposal(ContentItem item, ReviewAction action, Actor actor, Instant at) {
        Revision current = item.currentRevision();
        return new ProposedTransition(item.view(), action, actor, List.of(),
                findings.findings(item.id(), current.number()).stream().map(ItemFinding::reviewed).toList(),
                item.approvals(), sourceRights.rightsOf(current.modelCard().sourceIds()), item.depictsPeople(), at,
                pendingChecks(item, current));
    }

    /** The installed checks that apply to the item and have not reported (completed or failed) on this revision. */
    private Set<String> pendingChecks(ContentItem item, Revision revision) {
        Set<String> pending = installedChecks.all().stream().filter(check -> check.appliesTo(item.kind()))
                .map(ContentCheck::id).collect(Collectors.toCollection(TreeSet::new));
        findings.reports(item.id()).stream().filter(report -> report.revision() == revision.number())
                .map(CheckRecord::checkId).forEach(pending::remove);
        return pending;
    }

    private static Map<String, Object> asLedgerRecord(ReviewPolicies.Result result) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("policy", result.policyId());
        record.put("allowed", result.decision().allowed());
        record.put("approvalsRequired", result.decision().approvalsRequired());
        record.put("rules", result.decision().outcomes().stream().map(outcome -> Map.<String, Object>of(
                "rule", outcome.rule(), "passed", outcome.passed(), "reason", outcome.reason())).toList());
        return record;
    }

    private static ProvenanceEventType eventFor(ReviewAction action) {
        return switch (action) {
            case APPROVE -> ProvenanceEventType.ITEM_APPROVED;
            case REJECT -> ProvenanceEventType.ITEM_REJECTED;
            case RELEASE -> ProvenanceEventType.ITEM_RELEASED;
            case REQUEST_CHANGES -> ProvenanceEventType.ITEM_CHANGES_REQUESTED;
            case WITHDRAW -> ProvenanceEventType.ITEM_WITHDRAWN;
        };
    }


    // The ledger keeps milliseconds; so do items, so that both tell the same time.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
