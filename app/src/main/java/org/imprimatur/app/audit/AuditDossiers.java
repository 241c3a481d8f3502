package org.imprimatur.app.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.imprimatur.app.publication.PublicationStore;
import org.imprimatur.provenance.checkpoint.Checkpoints;
import org.imprimatur.provenance.checkpoint.LedgerCheckpoint;
import org.imprimatur.provenance.ledger.Ledger;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.provenance.ledger.LedgerQuery;
import org.imprimatur.provenance.merkle.InclusionProof;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;

/**
 * An item's audit dossier: what an auditor needs to see what the machine did and what people decided, and to check
 * it against the signed ledger without trusting this server. The item and its revisions come from the workflow, every
 * ledger entry about it with its canonical bytes and inclusion proof against a checkpoint signed for the occasion, and
 * the verifier key that checkpoint verifies with.
 */
@ApplicationScoped
public class AuditDossiers {

    private static final HexFormat HEX = HexFormat.of();
    private static final int PAGE_SIZE = 500;

    @Inject
    private ReviewDesk desk;

    @Inject
    private Ledger ledger;

    @Inject
    private Checkpoints checkpoints;

    @Inject
    private PublicationStore publications;

    /**
     * @throws org.imprimatur.review.domain.ItemNotFoundException if there is no such item
     */
    public JsonObject dossier(ItemId id) {
        ContentItem item = desk.find(id);
        LedgerCheckpoint checkpoint = checkpoints.checkpoint();
        List<LedgerEntry> entries = entriesAbout(id);
        List<InclusionProof> proofs = ledger.inclusionProofs(entries.stream().map(LedgerEntry::seq).toList(),
                checkpoint.treeSize());

        JsonArrayBuilder revisions = Json.createArrayBuilder();
        item.revisions().forEach(revision -> revisions.add(revision(revision)));
        JsonArrayBuilder decisions = Json.createArrayBuilder();
        for (int i = 0; i < entries.size(); i++) {
            decisions.add(Json.createObjectBuilder(entries.get(i).toJson())
                    .add("canonical", Base64.getEncoder().encodeToString(entries.get(i).canonicalBytes()))
                    .add("inclusionProof", proof(proofs.get(i))));
        }
        JsonObjectBuilder dossier = Json.createObjectBuilder()
                .add("item", Json.createObjectBuilder()
                        .add("id", item.id().toString())
                        .add("kind", item.kind().name())
                        .add("state", item.state().name())
                        .add("requestedBy", item.requestedBy())
                        .add("createdAt", item.createdAt().toString())
                        .add("updatedAt", item.updatedAt().toString()))
                .add("revisions", revisions)
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
            dossier.add("published", release);
        }
        return dossier.build();
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
