package org.imprimatur.app.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.SecurityAudit;
import org.imprimatur.provenance.checkpoint.Checkpoints;
import org.imprimatur.provenance.checkpoint.LedgerCheckpoint;
import org.imprimatur.provenance.export.LedgerExport;
import org.imprimatur.provenance.ledger.Ledger;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.provenance.ledger.LedgerQuery;
import org.imprimatur.provenance.ledger.LedgerVerification;
import org.imprimatur.provenance.merkle.ConsistencyProof;
import org.imprimatur.provenance.merkle.InclusionProof;
import org.imprimatur.spi.Role;

/**
 * The provenance ledger, for compliance officers: its entries, their Merkle proofs, signed checkpoints and its
 * verification. The verifier key is public, so that auditors can pin it without an account.
 */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
@Tag(name = "Ledger", description = "The tamper-evident provenance ledger")
public class LedgerResource {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * One entry with the bytes its hashes are computed over.
     *
     * @param seq       the sequence number, from 1
     * @param leafIndex the position in the Merkle tree, from 0
     * @param leafHash  SHA-256(0x00 ‖ canonical), hex
     * @param canonical the canonical bytes, base64
     * @param entry     the entry's fields
     */
    public record EntryDocument(long seq, long leafIndex, String leafHash, String canonical, JsonObject entry) {
    }

    /** An RFC 9162 inclusion proof, hashes in hex. */
    public record InclusionProofDocument(long leafIndex, long treeSize, String leafHash, String rootHash,
                                         List<String> auditPath) {
    }

    /** An RFC 9162 consistency proof, hashes in hex. */
    public record ConsistencyProofDocument(long from, long to, String firstRoot, String secondRoot,
                                           List<String> proof) {
    }

    /** The media type of PEM files. */
    static final String PEM = "application/x-pem-file";

    @Inject
    private Ledger ledger;

    @Inject
    private Checkpoints checkpoints;

    /** One page of a ledger search. */
    public record SearchPage(int page, int size, boolean more, List<JsonObject> entries) {
    }

    @GET
    @Operation(summary = "Search the ledger, newest first",
            description = "Every criterion is optional; all given must hold. from and to are ISO-8601 instants "
                    + "(from inclusive, to exclusive); model matches the model id of a model card.")
    @APIResponse(responseCode = "422", description = "A malformed time, page or size")
    public SearchPage search(@QueryParam("itemId") String itemId, @QueryParam("actor") String actor,
                             @QueryParam("type") String type, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("model") String model,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = new Paging(page, size);
        LedgerQuery query = new LedgerQuery(blankToNull(itemId), blankToNull(actor), blankToNull(type),
                instant("from", from), instant("to", to), blankToNull(model));
        List<LedgerEntry> found = ledger.search(query, paging.offset(), paging.fetch());
        return new SearchPage(page, size, paging.more(found),
                paging.rows(found).stream().map(LedgerEntry::toJson).toList());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.unprocessable(name + " must be an ISO-8601 instant such as "
                    + "2026-11-29T08:00:00Z, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain",
            description = "valid is false when any stored entry no longer matches its hash or its predecessor; "
                    + "firstBrokenSeq then names the first such entry.")
    public LedgerVerification verify() {
        return ledger.verify();
    }

    @GET
    @Path("entries/{seq}")
    @Operation(summary = "One entry, with the canonical bytes that are hashed")
    @APIResponse(responseCode = "404", description = "No entry has this sequence number")
    public EntryDocument entry(@PathParam("seq") long seq) {
        LedgerEntry entry = ledger.entry(seq)
                .orElseThrow(() -> new NotFoundException("No ledger entry has the sequence number " + seq));
        return new EntryDocument(entry.seq(), entry.leafIndex(), HEX.formatHex(entry.leafHash()),
                Base64.getEncoder().encodeToString(entry.canonicalBytes()), entry.toJson());
    }

    @GET
    @Path("entries/{seq}/proof")
    @Operation(summary = "RFC 9162 inclusion proof of an entry",
            description = "Proves the entry is in the tree of the first treeSize entries (default: all of them).")
    @APIResponse(responseCode = "404", description = "No entry has this sequence number")
    @APIResponse(responseCode = "422", description = "treeSize is smaller than seq or larger than the ledger")
    public InclusionProofDocument inclusionProof(@PathParam("seq") long seq, @QueryParam("treeSize") Long treeSize) {
        long size = ledger.size();
        if (seq < 1 || seq > size) {
            throw new NotFoundException("No ledger entry has the sequence number " + seq);
        }
        long tree = treeSize == null ? size : treeSize;
        if (tree < seq || tree > size) {
            throw InvalidRequestException.unprocessable("treeSize must lie between the entry's sequence number ("
                    + seq + ") and the ledger's size (" + size + "), not " + tree);
        }
        InclusionProof proof = ledger.inclusionProof(seq, tree);
        return new InclusionProofDocument(proof.leafIndex(), proof.treeSize(), HEX.formatHex(proof.leafHash()),
                HEX.formatHex(proof.rootHash()), hex(proof.auditPath()));
    }

    @GET
    @Path("consistency")
    @Operation(summary = "RFC 9162 consistency proof between two tree sizes",
            description = "Proves the tree of the first `from` entries is a prefix of the tree of the first `to`.")
    @APIResponse(responseCode = "422", description = "Not 1 <= from <= to <= the ledger's size")
    public ConsistencyProofDocument consistencyProof(@QueryParam("from") Long from, @QueryParam("to") Long to) {
        long size = ledger.size();
        if (from == null || to == null || from < 1 || from > to || to > size) {
            throw InvalidRequestException.unprocessable("from and to must satisfy 1 <= from <= to <= " + size
                    + " (the ledger's size), not from=" + from + ", to=" + to);
        }
        ConsistencyProof proof = ledger.consistencyProof(from, to);
        return new ConsistencyProofDocument(proof.from(), proof.to(), HEX.formatHex(proof.firstRoot()),
                HEX.formatHex(proof.secondRoot()), hex(proof.proof()));
    }

    @GET
    @Path("checkpoint")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The latest signed checkpoint",
            description = "A C2SP tlog-checkpoint (origin, tree size, base64 Merkle root) in a C2SP signed note "
                    + "with the ledger's Ed25519 key; signed now if none has been yet.")
    public String checkpoint() {
        return checkpoints.latest().orElseGet(checkpoints::checkpoint).note();
    }

    /**
     * The latest signed checkpoint, its fields as values.
     *
     * @param treeSize  how many entries it covers
     * @param rootHash  the Merkle root of those entries, hex
     * @param keyId     the id of the key that signed it, hex (the second field of the verifier key)
     * @param signedAt  when it was signed
     * @param note      the signed note itself, as GET /ledger/checkpoint serves it as text
     */
    public record CheckpointDocument(long treeSize, String rootHash, String keyId, Instant signedAt, String note) {
    }

    @GET
    @Path("checkpoint")
    // qs: without an Accept header a client gets the signed note, as before.
    @Produces(MediaType.APPLICATION_JSON + ";qs=0.5")
    @Operation(summary = "The latest signed checkpoint as JSON: tree size, root hash, key id, when, and the note")
    public CheckpointDocument checkpointDocument() {
        LedgerCheckpoint latest = checkpoints.latest().orElseGet(checkpoints::checkpoint);
        return new CheckpointDocument(latest.treeSize(), latest.rootHash(), latest.keyId(), latest.createdAt(),
                latest.note());
    }

    @POST
    @Path("checkpoints")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Sign a checkpoint of the ledger as it is now")
    @APIResponse(responseCode = "201", description = "The signed checkpoint")
    public Response signCheckpoint(@Context UriInfo uriInfo) {
        LedgerCheckpoint checkpoint = checkpoints.checkpoint();
        URI latest = uriInfo.getBaseUriBuilder().path(LedgerResource.class).path("checkpoint").build();
        return Response.created(latest).entity(checkpoint.note()).build();
    }

    @GET
    @Path("public-key")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The note verifier key to pin: <name>+<hex key id>+<base64 key>",
            description = "With Accept: application/x-pem-file, the Ed25519 public key as PEM.")
    public String verifierKey() {
        return checkpoints.signer().verifierKey() + "\n";
    }

    @GET
    @Path("public-key")
    @PermitAll
    // qs: without an Accept header a client gets the verifier key, not the PEM.
    @Produces(PEM + ";qs=0.5")
    @Operation(summary = "The ledger's Ed25519 public key as PEM")
    public String publicKeyPem() {
        return checkpoints.signer().publicKeyPem();
    }

    @POST
    @Path("keys/rotation")
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace the ledger's signing key",
            description = "Records the rotation in the ledger (both verifier keys), has the old key sign a checkpoint "
                    + "covering that entry, then signs with the new key. Answers the new verifier key.")
    @APIResponse(responseCode = "201", description = "The new verifier key")
    public Response rotateKey(@Context UriInfo uriInfo, @Context SecurityContext security,
                              @Context HttpServletRequest httpRequest) throws IOException {
        String verifierKey = checkpoints.rotate(security.getUserPrincipal().getName());
        SecurityAudit.configurationChanged("ledger signing key rotated", httpRequest);
        URI key = uriInfo.getBaseUriBuilder().path(LedgerResource.class).path("public-key").build();
        return Response.created(key).entity(verifierKey + "\n").build();
    }

    @GET
    @Path("export")
    @Produces(LedgerExport.MEDIA_TYPE)
    @Operation(summary = "The whole ledger for offline verification",
            description = "JSON lines: every entry with its canonical bytes, then every checkpoint signed with the "
                    + "current key (one of the ledger as it is now is signed first). Check it with "
                    + "java -jar imprimatur-verify.jar --ledger FILE --key KEY_FILE.")
    public Response export() {
        checkpoints.checkpoint();
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            ledger.forEachEntry(entry -> write(writer, LedgerExport.entryLine(entry)));
            for (LedgerCheckpoint checkpoint : checkpoints.all()) {
                write(writer, LedgerExport.checkpointLine(checkpoint));
            }
            writer.flush();
        };
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"imprimatur-ledger.jsonl\"")
                .build();
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
