package org.imprimatur.app.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.audit.AuditDossiers;
import org.imprimatur.app.audit.DossierPdf;
import org.imprimatur.app.publication.PublicationPreviews;
import org.imprimatur.app.publication.PublicationStore;
import org.imprimatur.app.publication.StoredPublication;
import org.imprimatur.app.security.CallerDesks;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.app.security.DeskScoped;
import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.provenance.attribution.AttributionRecords;
import org.imprimatur.review.application.QueuedItem;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.application.ReviewQueue;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.QueueQuery;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.publication.PublishedImage;

/** Content items under review: submitting AI-generated content, moving it through review, and the queues. */
@Path("items")
@RequestScoped
@DeskScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Items", description = "AI-generated content and its review")
public class ItemsResource {

    static final String PDF = "application/pdf";

    @Inject
    private ReviewDesk desk;

    @Inject
    private CurrentActor actor;

    @Inject
    private CallerDesks callerDesks;

    @Inject
    private AuditDossiers dossiers;

    @Inject
    private ImageLibrary images;

    @Inject
    private ItemDocuments documents;

    @Inject
    private ReviewQueue queue;

    @Inject
    private PublicationStore publications;

    @Inject
    private PublicationPreviews previews;

    @Inject
    private AttributionRecords attributionRecords;

    @Context
    private UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Submit AI-generated content for review",
            description = "The item is created in state IN_REVIEW with revision 1; there is no other way in.")
    @APIResponse(responseCode = "201", description = "Created; Location names the item")
    @APIResponse(responseCode = "422", description = "A field is missing or unusable")
    public Response submit(SubmitItemRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with kind, title, body and modelCard is required");
        }
        callerDesks.requireMember(request.desk());
        ContentItem item = desk.submit(request.toCommand(), actor.get());
        URI location = uriInfo.getAbsolutePathBuilder().path(item.id().toString()).build();
        return Response.created(location).entity(document(item)).build();
    }

    @GET
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The desks' queues: items by state, desk and assignee, with their ageing and SLA",
            description = "Every criterion is optional; all given must hold. state may be repeated or comma-separated; "
                    + "assignee is a user name, me, or none for unassigned items. sort=age lists the items that have "
                    + "been longest in their state first (the default), sort=newest the latest first. slaDueAt and "
                    + "overdue are shown while an item is in review: the desk's review SLA counts from when its "
                    + "current revision entered review.")
    @APIResponse(responseCode = "422", description = "An unknown state or sort, a malformed desk, page or size")
    public ItemQueuePage queue(@QueryParam("state") List<String> states, @QueryParam("desk") String deskName,
                               @QueryParam("assignee") String assignee, @QueryParam("sort") String sort,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = new Paging(page, size);
        QueueQuery query = QueueParameters.query(states, deskName, assignee, sort, actor.get().name())
                .withinDesks(callerDesks.limitedTo().orElse(Set.of()));
        List<QueuedItem> found = queue.list(query, paging.offset(), paging.fetch());
        return new ItemQueuePage(page, size, paging.more(found),
                paging.rows(found).stream().map(QueueRowDocument::of).toList());
    }

    /** One page of a queue. */
    public record ItemQueuePage(int page, int size, boolean more, List<QueueRowDocument> items) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "An item with its current revision and model card")
    @APIResponse(responseCode = "404", description = "No such item")
    public ItemDocument get(@PathParam("id") String id) {
        return document(desk.find(parse(id)));
    }

    @POST
    @Path("{id}/revisions")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER})
    @Operation(summary = "Write a new revision of an item",
            description = "The item returns to review (from CHANGES_REQUESTED, or from APPROVED, whose approval "
                    + "covered the old text); its author may not approve it. expectedRevision names the revision "
                    + "edited, so that no edit silently overwrites another.")
    @APIResponse(responseCode = "201", description = "The item with its new revision")
    @APIResponse(responseCode = "409", description = "Stale expectedRevision, or the item is decided")
    public Response revise(@PathParam("id") String id, ReviseItemRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with title, body and expectedRevision is required");
        }
        ContentItem item = desk.revise(parse(id), request.title(), request.body(), request.expectedRevision(),
                actor.get());
        URI location = uriInfo.getBaseUriBuilder().path(ItemsResource.class).path(item.id().toString()).build();
        return Response.created(location).entity(document(item)).build();
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "An item's revisions, oldest first: number, title, author, time and body SHA-256")
    @APIResponse(responseCode = "404", description = "No such item")
    public List<RevisionDocument> revisions(@PathParam("id") String id) {
        return desk.find(parse(id)).revisions().stream().map(RevisionDocument::of).toList();
    }

    @GET
    @Path("{id}/revisions/{revision}/diff")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "What changed in a revision, sentence by sentence",
            description = "The revision's body as runs of kept, added and removed sentences compared with the "
                    + "revision named by against (default: the one before it), and both titles.")
    @APIResponse(responseCode = "404", description = "No such item or revision")
    @APIResponse(responseCode = "422", description = "Revision 1 without against: it has no revision before it")
    public RevisionDiffDocument diff(@PathParam("id") String id, @PathParam("revision") int revisionNo,
                                     @QueryParam("against") Integer against) {
        ItemId itemId = parse(id);
        ContentItem item = desk.find(itemId);
        Revision after = revision(item, revisionNo);
        if (against == null && revisionNo == 1) {
            throw InvalidRequestException.unprocessable("Revision 1 has no revision before it; name one to compare "
                    + "it with (against)");
        }
        return RevisionDiffDocument.of(revision(item, against == null ? revisionNo - 1 : against), after);
    }

    private static Revision revision(ContentItem item, int number) {
        return item.revision(number).orElseThrow(() -> new ItemNotFoundException(item.id() + " revision " + number));
    }

    @GET
    @Path("{id}/revisions/{revision}/attributions")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The provenance records of one revision: what each span of its text rests on",
            description = "Every span with the source passage it rests on, the source's SHA-256, licence and credit "
                    + "line as they were when recorded, and the origin: drafting (the drafter's attribution, or a "
                    + "drafted sentence an edit kept) or check:<id> (a check's evidence, with its verdict). Each "
                    + "set of records comes with the SHA-256 its ledger entry holds.")
    @APIResponse(responseCode = "404", description = "No such item or revision")
    public RevisionAttributionsDocument attributions(@PathParam("id") String id,
                                                     @PathParam("revision") int revisionNo) {
        ItemId itemId = parse(id);
        Revision revision = desk.find(itemId).revision(revisionNo)
                .orElseThrow(() -> new ItemNotFoundException(itemId + " revision " + revisionNo));
        return RevisionAttributionsDocument.of(revision, attributionRecords.ofRevision(itemId, revisionNo));
    }

    @GET
    @Path("{id}/dossier")
    @RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The item's audit dossier",
            description = "The item, every revision with its model card, every ledger entry about it with its RFC 9162 "
                    + "inclusion proof against a checkpoint signed now, that signed checkpoint and its verifier key, "
                    + "and what was published. JSON or PDF by the Accept header; format=json or format=pdf asks for "
                    + "one as a download (Content-Disposition: attachment), which a plain link cannot do by Accept.")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "422", description = "format is neither json nor pdf")
    public Response dossier(@PathParam("id") String id, @QueryParam("format") String format) {
        return dossier(parse(id), format == null ? DossierFormat.JSON : DossierFormat.of(format), format != null);
    }

    @GET
    @Path("{id}/dossier")
    @RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
    // qs: a client that does not say what it accepts gets the JSON.
    @Produces(PDF + ";qs=0.5")
    @Operation(summary = "The item's audit dossier as a readable PDF")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "422", description = "format is neither json nor pdf")
    public Response dossierPdf(@PathParam("id") String id, @QueryParam("format") String format) {
        return dossier(parse(id), format == null ? DossierFormat.PDF : DossierFormat.of(format), true);
    }

    /** The forms a dossier is served in; a link names one with format=, a client otherwise by Accept. */
    private enum DossierFormat {
        JSON, PDF;

        static DossierFormat of(String format) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "pdf" -> PDF;
                default -> throw InvalidRequestException.unprocessable("format must be json or pdf, not '"
                        + format + "'");
            };
        }
    }

    private Response dossier(ItemId itemId, DossierFormat format, boolean download) {
        JsonObject dossier = dossiers.dossier(itemId);
        Response.ResponseBuilder answer = format == DossierFormat.PDF
                ? Response.ok(DossierPdf.render(dossier), PDF)
                : Response.ok(dossier, MediaType.APPLICATION_JSON_TYPE);
        if (download) {
            answer.header("Content-Disposition", "attachment; filename=\"dossier-" + itemId + "."
                    + format.name().toLowerCase(Locale.ROOT) + "\"");
        }
        return answer.build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "Approve, request changes, reject, release or withdraw an item",
            description = "Who may do what is decided by the workflow: reviewers approve, request changes and "
                    + "reject; publishers release and withdraw; nobody passes an item they requested or wrote. "
                    + "Requesting changes, rejecting and withdrawing need a reason. Then the desk's review policy "
                    + "judges it (findings resolved, quotes verified, disclosure label, embargoes, approver not "
                    + "releaser, ...): a refusal names every failed rule. An approval counts towards the approvals "
                    + "the policy asks for; the item stays in review until they are all given.")
    @APIResponse(responseCode = "200", description = "Done; the body shows the item's new state")
    @APIResponse(responseCode = "403", description = "Wrong role, or four eyes")
    @APIResponse(responseCode = "409", description = "Not allowed in the item's state, stale revision, a policy rule "
            + "failed (problem members rule and rules), or a concurrent change won")
    public ItemDocument transition(@PathParam("id") String id, TransitionRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with an action is required");
        }
        return document(desk.transition(parse(id), request.reviewAction(), request.reason(),
                request.expectedRevision(), actor.get()));
    }

    @GET
    @Path("{id}/transitions/{action}")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "How a transition would be judged if you took it now, without taking it",
            description = "The same judgement POST /transitions makes, on the current revision, for the caller: "
                    + "whether it would be allowed, the workflow's refusal if any (role, state, four eyes) as the "
                    + "problem it would answer with, and every rule of every review policy with whether it passes "
                    + "and why, with the approvals required and given. A reason is not checked here: reasonNeeded "
                    + "says whether the transition needs one. Nothing changes and nothing is recorded.")
    @APIResponse(responseCode = "200", description = "The judgement")
    @APIResponse(responseCode = "400", description = "No such action")
    @APIResponse(responseCode = "404", description = "No such item")
    public TransitionJudgementDocument judgement(@PathParam("id") String id, @PathParam("action") String action) {
        return TransitionJudgementDocument.of(desk.judge(parse(id), new TransitionRequest(action, null, null)
                .reviewAction(), actor.get()));
    }

    @PUT
    @Path("{id}/disclosure")
    @RolesAllowed(Role.PUBLISHER)
    @Operation(summary = "Set the item's AI-disclosure label",
            description = "An editorial decision a publisher takes for the item, required before release: the "
                    + "statement readers are told (default: the desk's configured line) and the IPTC digital source "
                    + "type (default: trainedAlgorithmicMedia while nobody has written a revision, else "
                    + "compositeWithTrainedAlgorithmicMedia). Resolves the item's open disclosure-missing findings "
                    + "as fixed; recorded in the ledger. A released item keeps the label it was published with.")
    @APIResponse(responseCode = "200", description = "The item with its label")
    @APIResponse(responseCode = "403", description = "Not a publisher")
    @APIResponse(responseCode = "409", description = "The item is decided (released, rejected, withdrawn)")
    @APIResponse(responseCode = "422", description = "No IPTC digital source type of AI content, or too long a statement")
    public ItemDocument label(@PathParam("id") String id, DisclosureRequest request) {
        DisclosureRequest label = request == null ? new DisclosureRequest(null, null) : request;
        return document(desk.label(parse(id), label.statement(), label.digitalSourceType(), actor.get()));
    }

    @GET
    @Path("{id}/publication")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "What the item's release published",
            description = "The text readers got with its visible disclosure line and credits block, the schema.org "
                    + "JSON-LD record, and the SHA-256 of what was published, as the built-in store keeps them.")
    @APIResponse(responseCode = "404", description = "No such item, or it has not been released")
    public JsonObject publication(@PathParam("id") String id) {
        return PublicationDocument.of(published(parse(id)));
    }

    @GET
    @Path("{id}/publication/image")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Produces({"image/png", "image/jpeg", MediaType.WILDCARD})
    @Operation(summary = "The published picture of a released image, with its disclosure label embedded as XMP")
    @APIResponse(responseCode = "404", description = "No such item, not released, or not an image")
    public Response publishedImage(@PathParam("id") String id) {
        ItemId itemId = parse(id);
        PublishedImage image = published(itemId).image()
                .orElseThrow(() -> new ItemNotFoundException(itemId + " (as a published image)"));
        byte[] bytes = image.bytes();
        return Response.ok(bytes, image.mediaType())
                .header("ETag", "\"" + Sha256.of(bytes).hex() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("{id}/publication/preview")
    @RolesAllowed({Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "What releasing the item now would publish",
            description = "Rendered by the code the release runs, as if the caller released the item now: the text "
                    + "readers would get with its visible disclosure line and credits block (the sources' rights as "
                    + "they are now), the schema.org JSON-LD record (the caller as responsible editor, now as "
                    + "datePublished, the desk's JSON-LD settings) and its SHA-256. Nothing is kept or recorded. While "
                    + "the item has no disclosure label, the preview shows the label that setting one with the "
                    + "defaults would give it (the desk's line, the digital source type that fits the item) and says "
                    + "so with labelSet false: the release itself still needs the label set. preview is true; "
                    + "digitalSourceType names the label's IPTC term. Whether policies allow the release (embargoes, "
                    + "four eyes) is decided when it is asked for.")
    @APIResponse(responseCode = "200", description = "The publication the release would make")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "The item was released, withdrawn or rejected, or it could not "
            + "be published as it is (the desk's JSON-LD settings, a picture that cannot carry its label)")
    public JsonObject publicationPreview(@PathParam("id") String id) {
        return PublicationDocument.of(previews.preview(parse(id), actor.get()));
    }

    private StoredPublication published(ItemId id) {
        desk.find(id);
        return publications.find(id).orElseThrow(() -> new ItemNotFoundException(id + " (as released)"));
    }

    @PUT
    @Path("{id}/depicts-people")
    @RolesAllowed(Role.REVIEWER)
    @Operation(summary = "Say whether an image shows people",
            description = "{\"depictsPeople\": true|false}. The editor says so on submission; afterwards a reviewer "
                    + "who neither requested nor wrote the item may change it while it is in review. The desk's "
                    + "policy may ask for more approvals for an image showing people. Recorded in the ledger.")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "403", description = "Four eyes")
    @APIResponse(responseCode = "409", description = "The item is decided")
    @APIResponse(responseCode = "422", description = "The item is no image")
    public ItemDocument depictPeople(@PathParam("id") String id, DepictsPeopleRequest request) {
        if (request == null || request.depictsPeople() == null) {
            throw InvalidRequestException.malformed("A JSON body {\"depictsPeople\": true|false} is required");
        }
        return document(desk.depictPeople(parse(id), request.depictsPeople(), actor.get()));
    }

    /** The body of {@code PUT /api/v1/items/{id}/depicts-people}. */
    public record DepictsPeopleRequest(Boolean depictsPeople) {
    }

    @GET
    @Path("{id}/image")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", MediaType.WILDCARD})
    @Operation(summary = "The picture of an image item, byte for byte as generated or uploaded")
    @APIResponse(responseCode = "404", description = "No such item, or it is not an image")
    public Response image(@PathParam("id") String id) {
        ItemId itemId = parse(id);
        ImageAsset asset = images.find(itemId.toString()).orElseThrow(() -> new ItemNotFoundException(
                itemId + " (as an image)"));
        return Response.ok(asset.content(), asset.mediaType())
                .header("ETag", "\"" + asset.sha256().hex() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/findings/{findingId}/resolution")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER})
    @Operation(summary = "Resolve a finding of the automatic checks",
            description = "fixed (by a later revision, which the checks ran on again), accepted (a reviewer attests "
                    + "the text is right, citing a source passage or a web page and a note), or overridden (a "
                    + "reviewer lets it stand, with a written reason of at least 20 characters). Each finding is "
                    + "resolved once; the resolution is recorded in the ledger.")
    @APIResponse(responseCode = "200", description = "The finding, resolved")
    @APIResponse(responseCode = "403", description = "Your role may not resolve it this way")
    @APIResponse(responseCode = "404", description = "No such item or finding")
    @APIResponse(responseCode = "409", description = "Already resolved")
    @APIResponse(responseCode = "422", description = "No reason, too short a reason, or no evidence")
    public FindingDocument resolve(@PathParam("id") String id, @PathParam("findingId") String findingId,
                                   ResolutionRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with a resolution is required");
        }
        ItemId itemId = parse(id);
        ItemFinding finding = desk.resolveFinding(itemId, findingId, request.status(), request.reason(),
                request.evidence(), actor.get());
        return FindingDocument.of(finding, desk.find(itemId).currentRevision().body());
    }

    private ItemDocument document(ContentItem item) {
        return documents.of(item);
    }

    static ItemId parse(String id) {
        try {
            return ItemId.parse(id);
        } catch (IllegalArgumentException e) {
            // Not even shaped like an id, so certainly no item has it.
            throw new ItemNotFoundException(id);
        }
    }
}
