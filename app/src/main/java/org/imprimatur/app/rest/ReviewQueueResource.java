package org.imprimatur.app.rest;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.CallerDesks;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.review.application.Assignments;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Role;

/** A reviewer's way into the review queue: the next item to work on. */
@Path("review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items", description = "AI-generated content and its review")
public class ReviewQueueResource {

    @Inject
    private Assignments assignments;

    @Inject
    private ItemDocuments documents;

    @Inject
    private CurrentActor actor;

    @Inject
    private CallerDesks callerDesks;

    @POST
    @Path("next")
    @RolesAllowed(Role.REVIEWER)
    @Operation(summary = "Take the next item to review",
            description = "Assigns to the caller the unassigned item that has waited longest in review (of one desk, "
                    + "if given) among those the caller could pass: not requested by them, its latest revision not "
                    + "written by them, and of the caller's desks. Reviewers asking at the same time never get the same "
                    + "item.")
    @APIResponse(responseCode = "200", description = "The item, now assigned to the caller")
    @APIResponse(responseCode = "204", description = "Nothing waits for the caller")
    @APIResponse(responseCode = "422", description = "A malformed desk name")
    public Response next(@QueryParam("desk") String desk) {
        Set<String> desks;
        if (desk == null || desk.isBlank()) {
            desks = callerDesks.limitedTo().orElse(Set.of());
        } else if (callerDesks.sees(ContentItem.deskName(desk))) {
            desks = Set.of(desk);
        } else {
            // Another desk's queue holds nothing for this reviewer.
            return Response.noContent().build();
        }
        return assignments.next(desks, actor.get())
                .map(item -> Response.ok(documents.of(item)).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
