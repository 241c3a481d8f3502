package org.imprimatur.app.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.limits.GenerationLimited;
import org.imprimatur.app.security.CallerDesks;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.generation.jobs.DraftOrder;
import org.imprimatur.generation.jobs.GenerationJobs;
import org.imprimatur.spi.Role;

/** Asking for an article draft: it is made by a job, and the result enters review. */
@Path("drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drafting", description = "Article drafts from a brief and the editor's sources")
public class DraftsResource {

    @Inject
    private GenerationJobs jobs;

    @Inject
    private CurrentActor actor;

    @Inject
    private CallerDesks callerDesks;

    @Context
    private UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.EDITOR)
    @GenerationLimited
    @Operation(summary = "Start drafting an article",
            description = "provider defaults to grounded, the embedded offline drafter. Follow the job at "
                    + "/api/v1/jobs/{jobId} or its server-sent events; when it succeeds its item is in review, "
                    + "every sentence attributed to the source passage it rests on, or marked as resting on none.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job")
    @APIResponse(responseCode = "429", description = "Past the caller's generation rate limit; see Retry-After")
    @APIResponse(responseCode = "422", description = "Brief incomplete, unknown provider or source")
    public Response start(DraftJobRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with brief and sourceIds is required");
        }
        DraftOrder order = request.toOrder();
        callerDesks.requireMember(order.brief().desk());
        return JobsResource.accepted(jobs.draft(order, actor.get()), uriInfo);
    }
}
