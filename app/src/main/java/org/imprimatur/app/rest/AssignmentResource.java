package org.imprimatur.app.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.app.security.DeskScoped;
import org.imprimatur.review.application.Assignments;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;

/** Who works on an item: claiming it, handing it to someone, letting go of it. */
@Path("items/{id}/assignment")
@RequestScoped
@DeskScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Items", description = "AI-generated content and its review")
public class AssignmentResource {

    /** The body of {@code POST /items/{id}/assignment}: whom to assign it to; nobody named means the caller. */
    public record AssignmentRequest(String assignee) {
    }

    @Inject
    private Assignments assignments;

    @Inject
    private ItemDocuments documents;

    @Inject
    private CurrentActor actor;

    @POST
    @RolesAllowed({Role.REVIEWER, Role.PUBLISHER, Role.ADMIN})
    @Operation(summary = "Claim an item, or assign it to someone",
            description = "Without an assignee (or with the caller's own name) the caller claims the item. The "
                    + "assignee must do the work the item waits for — a reviewer while it is in review or sent back "
                    + "for changes, a publisher while approved — and must not have requested it or written its latest "
                    + "revision. Reviewers (publishers, for approved items) and admins assign others; an item "
                    + "assigned to someone else is handed on only by an admin.")
    @APIResponse(responseCode = "200", description = "The item with its assignee")
    @APIResponse(responseCode = "403", description = "The caller may not assign it, or four eyes")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Decided, already assigned to someone else, or changed concurrently")
    @APIResponse(responseCode = "422", description = "The assignee does not exist or cannot do the work")
    public ItemDocument assign(@PathParam("id") String id, AssignmentRequest request) {
        Actor caller = actor.get();
        String assignee = request == null || request.assignee() == null || request.assignee().isBlank()
                ? caller.name() : request.assignee().strip();
        return documents.of(assignments.assign(ItemsResource.parse(id), assignee, caller));
    }

    @DELETE
    @RolesAllowed({Role.REVIEWER, Role.PUBLISHER, Role.ADMIN})
    @Operation(summary = "Unassign an item", description = "Its assignee lets go of it, or an admin takes it back.")
    @APIResponse(responseCode = "200", description = "The item, unassigned")
    @APIResponse(responseCode = "403", description = "Neither the assignee nor an admin")
    @APIResponse(responseCode = "404", description = "No such item")
    public ItemDocument unassign(@PathParam("id") String id) {
        return documents.of(assignments.unassign(ItemsResource.parse(id), actor.get()));
    }
}
