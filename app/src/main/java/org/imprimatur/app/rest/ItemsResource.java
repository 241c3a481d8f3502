package org.imprimatur.app.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.audit.AuditDossiers;
import org.imprimatur.app.audit.DossierPdf;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ItemId;

/** Content items under review: submitting AI-generated content and moving it through review. */
@Path("items")
@RequestScoped
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
    private AuditDossiers dossiers;

    @Inject
    private ImageLibrary images;

    @Inject
    private ItemDocuments documents;

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
        ContentItem item = desk.submit(request.toCommand(), actor.get());
        URI location = uriInfo.getAbsolutePathBuilder().path(item.id().toString()).build();
        return Response.created(location).entity(document(item)).build();
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
    @Path("{id}/dossier")
    @RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The item's audit dossier",
            description = "The item, every revision with its model card, every ledger entry about it with its RFC 9162 "
                    + "inclusion proof against a checkpoint signed now, that signed checkpoint and its verifier key, "
                    + "and what was published.")
    @APIResponse(responseCode = "404", description = "No such item")
    public JsonObject dossier(@PathParam("id") String id) {
        return dossiers.dossier(parse(id));
    }

    @GET
    @Path("{id}/dossier")
    @RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
    // qs: a client that does not say what it accepts gets the JSON.
    @Produces(PDF + ";qs=0.5")
    @Operation(summary = "The item's audit dossier as a readable PDF")
    @APIResponse(responseCode = "404", description = "No such item")
    public Response dossierPdf(@PathParam("id") String id) {
        ItemId itemId = parse(id);
        return Response.ok(DossierPdf.render(dossiers.dossier(itemId)))
                .header("Content-Disposition", "attachment; filename=\"dossier-" + itemId + ".pdf\"")
                .build();
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

    private static ItemId parse(String id) {
        try {
            return ItemId.parse(id);
        } catch (IllegalArgumentException e) {
            // Not even shaped like an id, so certainly no item has it.
            throw new ItemNotFoundException(id);
        }
    }
}
