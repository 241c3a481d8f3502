package org.imprimatur.app.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.imprimatur.app.publication.PublicationStore;
import org.imprimatur.app.rest.FindingDocument;
import org.imprimatur.app.rest.RevisionAttributionsDocument;
import org.imprimatur.app.review.RevisionDiff;
import org.imprimatur.generation.jobs.GenerationJob;
import org.imprimatur.generation.jobs.GenerationJobs;
import org.imprimatur.generation.jobs.JobKind;
import org.imprimatur.generation.sources.Source;
import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceNotFoundException;
import org.imprimatur.provenance.attribution.AttributionRecords;
import org.imprimatur.provenance.checkpoint.Checkpoints;
import org.imprimatur.provenance.checkpoint.LedgerCheckpoint;
import org.imprimatur.provenance.ledger.CanonicalJson;
import org.imprimatur.provenance.ledger.Ledger;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.provenance.ledger.LedgerQuery;
import org.imprimatur.provenance.merkle.InclusionProof;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.CheckRecord;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.source.SourceRights;

/**
 * An item's audit dossier: what an auditor needs to see what the machine did and what people decided, and to check
 * it against the signed ledger without trusting this server. Who asked for what (the generation request), the sources
 * with their digests and rights, every revision with what changed from the one before and the provenance records of
 * what its words rest on, every check report and finding with its resolution, every transition with its policy
 * results, the release's label decision; then every ledger entry about the item with its canonical bytes and
 * inclusion proof against a checkpoint signed for the occasion, and the verifier key that checkpoint verifies with.
 */
@ApplicationScoped
public class AuditDossiers {

    private static final HexFormat HEX = HexFormat.of();
    private static final int PAGE_SIZE = 500;
    private static final Jsonb JSON = JsonbBuilder.create();
    /** The job and its GENERATION_STARTED entry are written in one transaction, moments apart. */
    private static final Duration REQUEST_WINDOW = Duration.ofMinutes(1);
    private static final Set<String> TRANSITIONS = Set.of(ProvenanceEventType.ITEM_SUBMITTED.name(),
            ProvenanceEventType.ITEM_REVISED.name(), ProvenanceEventType.ITEM_APPROVED.name(),
            ProvenanceEventType.ITEM_CHANGES_REQUESTED.name(), ProvenanceEventType.ITEM_REJECTED.name(),
            ProvenanceEventType.ITEM_RELEASED.name(), ProvenanceEventType.ITEM_WITHDRAWN.name());

    @Inject
    private ReviewDesk desk;

    @Inject
    private Ledger ledger;

    @Inject
    private Checkpoints checkpoints;

    @Inject
    private GenerationJobs jobs;

    @Inject
    private SourceLibrary sources;

    @Inject
    private PublicationStore publications;

    @Inject
    private AttributionRecords attributionRecords;

    /**
     * @throws org.imprimatur.review.domain.ItemNotFoundException if there is no such item
     */
    public JsonObject dossier(ItemId id) {
        ContentItem item = desk.find(id);
        Optional<LedgerEntry> request = generationRequest(id);
        List<LedgerEntry> entries = new ArrayList<>();
        request.ifPresent(entries::add);
        entries.addAll(entriesAbout(id));
        // Signed after the entries are read, so that it covers them all: the checks may append about the item
        // meanwhile, and a checkpoint taken first would not reach those.
        LedgerCheckpoint checkpoint = checkpoints.checkpoint();
        List<InclusionProof> proofs = ledger.inclusionProofs(entries.stream().map(LedgerEntry::seq).toList(),
                checkpoint.treeSize());

        JsonArrayBuilder revisions = Json.createArrayBuilder();
        List<Revision> all = item.revisions();
        for (int i = 0; i < all.size(); i++) {
            JsonObjectBuilder revision = revision(all.get(i))
                    .add("provenance", provenance(all.get(i)));
            if (i > 0) {
                revision.add("diff", RevisionDiff.between(all.get(i - 1), all.get(i)));
            }
            revisions.add(revision);
        }
        JsonArrayBuilder decisions = Json.createArrayBuilder();
        JsonArrayBuilder transitions = Json.createArrayBuilder();
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            decisions.add(Json.createObjectBuilder(entry.toJson())
                    .add("canonical", Base64.getEncoder().encodeToString(entry.canonicalBytes()))
                    .add("inclusionProof", proof(proofs.get(i))));
            if (TRANSITIONS.contains(entry.eventType())) {
                transitions.add(transition(entry));
            }
        }
        JsonObjectBuilder dossier = Json.createObjectBuilder()
                .add("item", Json.createObjectBuilder()
                        .add("id", item.id().toString())
                        .add("kind", item.kind().name())
                        .add("desk", item.desk())
                        .add("state", item.state().name())
                        .add("requestedBy", item.requestedBy())
                        .add("createdAt", item.createdAt().toString())
                        .add("updatedAt", item.updatedAt().toString()));
        request.ifPresent(entry -> dossier.add("request", request(entry)));
        dossier.add("sources", sources(all))
                .add("revisions", revisions)
                .add("checks", checks(id))
                .add("findings", findings(item))
                .add("transitions", transitions)
                .add("ledger", decisions)
                .add("checkpoint", Json.createObjectBuilder()
                        .add("treeSize", checkpoint.treeSize())
                        .add("rootHash", checkpoint.rootHash())
                        .add("note", checkpoint.note())
                        .add("verifierKey", checkpoints.signer().verifierKey()));
        if (item.state() == ItemState.RELEASED || item.state() == ItemState.WITHDRAWN) {
            Revision published = item.currentRevision();
            JsonObjectBuilder release = Json.createObjectBuilder()
                    .add("revision", published.number())
                    .add("bodySha256", published.bodySha256().hex())
                    .add("releasedBy", item.releasedBy());
            // Releases from before publication was stored have only the body's digest.
            publications.find(id).ifPresent(publication -> release.add("sha256", publication.sha256().hex()));
            item.disclosure().ifPresent(label -> release.add("disclosure", Json.createObjectBuilder()
                    .add("statement", label.statement())
                    .add("digitalSourceType", label.digitalSourceType())
                    .add("decidedBy", label.decidedBy())
                    .add("decidedAt", label.decidedAt().toString())));
            releaseRecord(entries).ifPresent(publication -> {
                for (String member : List.of("credits", "labelDecision")) {
                    if (publication.containsKey(member)) {
                        release.add(member, publication.get(member));
                    }
                }
            });
            dossier.add("published", release);
        }
        return dossier.build();
    }

    /**
     * What the release entry recorded of the publication: its credits and the label decision (the AI share of the
     * text, the human review, who answers for it). Releases from before publication was stored recorded neither.
     */
    private static Optional<JsonObject> releaseRecord(List<LedgerEntry> entries) {
        return entries.stream().filter(entry -> ProvenanceEventType.ITEM_RELEASED.name().equals(entry.eventType()))
                .reduce((first, second) -> second)
                .map(entry -> CanonicalJson.parseObject(entry.payload()))
                .filter(payload -> payload.containsKey("publication"))
                .map(payload -> payload.getJsonObject("publication"));
    }

    /** The revision's provenance records and the digest of each set, which its ledger entry holds. */
    private JsonObject provenance(Revision revision) {
        RevisionAttributionsDocument document = RevisionAttributionsDocument.of(revision,
                attributionRecords.ofRevision(revision.view().itemId(), revision.number()));
        return Json.createObjectBuilder()
                .add("records", JSON.fromJson(JSON.toJson(document.records()), JsonArray.class))
                .add("sets", JSON.fromJson(JSON.toJson(document.sets()), JsonArray.class))
                .build();
    }

    /**
     * The ledger entry of the request that generated the item. It was recorded before the item existed, so it names
     * the job rather than the item; the job names both.
     */
    private Optional<LedgerEntry> generationRequest(ItemId id) {
        Optional<GenerationJob> job = jobs.latest(id.toString(), JobKind.DRAFT)
                .or(() -> jobs.latest(id.toString(), JobKind.IMAGE));
        if (job.isEmpty()) {
            return Optional.empty();
        }
        GenerationJob found = job.get();
        LedgerQuery around = new LedgerQuery(null, found.requester().name(),
                ProvenanceEventType.GENERATION_STARTED.name(), found.createdAt().minus(REQUEST_WINDOW),
                found.createdAt().plus(REQUEST_WINDOW), null);
        return ledger.search(around, 0, PAGE_SIZE).stream()
                .filter(entry -> found.id().equals(CanonicalJson.parseObject(entry.payload()).getString("jobId", "")))
                .findFirst();
    }

    private static JsonObjectBuilder request(LedgerEntry entry) {
        return Json.createObjectBuilder(CanonicalJson.parseObject(entry.payload()))
                .add("requestedBy", entry.actor())
                .add("requestedAt", entry.recordedAt())
                .add("ledgerSeq", entry.seq());
    }

    /** Every source a revision's model card names, with its digest and rights; one no longer stored says so. */
    private JsonArrayBuilder sources(List<Revision> revisions) {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach(revision -> ids.addAll(revision.modelCard().sourceIds()));
        JsonArrayBuilder listed = Json.createArrayBuilder();
        for (String sourceId : ids) {
            try {
                Source source = sources.find(sourceId);
                SourceRights rights = source.rights();
                JsonObjectBuilder shownRights = Json.createObjectBuilder()
                        .add("creditLine", rights.creditLine())
                        .add("licence", rights.licence());
                if (rights.embargoedUntil() != null) {
                    shownRights.add("embargoedUntil", rights.embargoedUntil().toString());
                }
                listed.add(Json.createObjectBuilder()
                        .add("id", source.id())
                        .add("title", source.title())
                        .add("origin", source.origin())
                        .add("mediaType", source.mediaType())
                        .add("sha256", source.sha256().hex())
                        .add("bytes", source.byteSize())
                        .add("ingestedBy", source.createdBy())
                        .add("ingestedAt", source.createdAt().toString())
                        .add("rights", shownRights));
            } catch (SourceNotFoundException e) {
                listed.add(Json.createObjectBuilder().add("id", sourceId).add("stored", false));
            }
        }
        return listed;
    }

    /** Each check report as stored, whole: its SHA-256 is what the check's ledger entry records. */
    private JsonArrayBuilder checks(ItemId id) {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (CheckRecord record : desk.checkReports(id)) {
            checks.add(Json.createObjectBuilder()
                    .add("revision", record.revision())
                    .add("checkId", record.checkId())
                    .add("outcome", record.outcome().name())
                    .add("createdAt", record.createdAt().toString())
                    .add("sha256", record.sha256().hex())
                    .add("report", CanonicalJson.parseObject(record.report())));
        }
        return checks;
    }

    private JsonArrayBuilder findings(ContentItem item) {
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (Revision revision : item.revisions()) {
            for (ItemFinding finding : desk.findings(item.id(), revision.number())) {
                JsonObjectBuilder shown = Json.createObjectBuilder(
                                JSON.fromJson(JSON.toJson(FindingDocument.of(finding, revision.body())), JsonObject.class))
                        .add("revision", revision.number());
                if (finding.resolvedAt() != null) {
                    shown.add("resolvedAt", finding.resolvedAt().toString());
                }
                if (finding.resolutionEvidence() != null) {
                    shown.add("resolutionEvidence", Json.createObjectBuilder(finding.resolutionEvidence().asMap()));
                }
                findings.add(shown);
            }
        }
        return findings;
    }

    /** A transition as an auditor reads it: who, when, what, into which state, why, and what the policies said. */
    private static JsonObjectBuilder transition(LedgerEntry entry) {
        JsonObject payload = CanonicalJson.parseObject(entry.payload());
        JsonObjectBuilder transition = Json.createObjectBuilder()
                .add("seq", entry.seq())
                .add("event", entry.eventType())
                .add("actor", entry.actor())
                .add("at", entry.recordedAt());
        for (String member : List.of("action", "state", "revision", "reason", "policies")) {
            if (payload.containsKey(member)) {
                transition.add(member, payload.get(member));
            }
        }
        return transition;
    }

    /** Every ledger entry about the item, oldest first, as the story unfolded; page by page, so none is left out. */
    private List<LedgerEntry> entriesAbout(ItemId id) {
        LedgerQuery query = new LedgerQuery(id.toString(), null, null, null, null, null);
        List<LedgerEntry> entries = new ArrayList<>();
        List<LedgerEntry> page;
        do {
            page = ledger.search(query, entries.size(), PAGE_SIZE);
            entries.addAll(page);
        } while (page.size() == PAGE_SIZE);
        Collections.reverse(entries);
        return entries;
    }

    private static JsonObjectBuilder revision(Revision revision) {
        return Json.createObjectBuilder()
                .add("number", revision.number())
                .add("title", revision.title())
                .add("body", revision.body())
                .add("bodySha256", revision.bodySha256().hex())
                .add("author", revision.author())
                .add("createdAt", revision.createdAt().toString())
                .add("modelCard", Json.createObjectBuilder(revision.modelCard().asMap()));
    }


    private static JsonObjectBuilder proof(InclusionProof proof) {
        JsonArrayBuilder path = Json.createArrayBuilder();
        proof.auditPath().forEach(node -> path.add(HEX.formatHex(node)));
        return Json.createObjectBuilder()
                .add("leafIndex", proof.leafIndex())
                .add("treeSize", proof.treeSize())
                .add("leafHash", HEX.formatHex(proof.leafHash()))
                .add("rootHash", HEX.formatHex(proof.rootHash()))
                .add("auditPath", path);
    }
}
