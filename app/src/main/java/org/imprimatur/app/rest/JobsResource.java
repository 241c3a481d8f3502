package org.imprimatur.app.rest;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.CallerDesks;
import org.imprimatur.generation.jobs.GenerationJob;
import org.imprimatur.generation.jobs.GenerationJobs;
import org.imprimatur.generation.jobs.JobNotFoundException;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ItemId;

/** Generation jobs: where a requested draft or image stands. */
@Path("jobs")
@RequestScoped
@Tag(name = "Jobs", description = "Progress of generation jobs")
public class JobsResource {

    @Inject
    private GenerationJobs jobs;

    @Inject
    private JobEventStream events;

    @Inject
    private CallerDesks callerDesks;

    @Inject
    private ReviewDesk desk;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Where a generation job stands",
            description = "status QUEUED, RUNNING, SUCCEEDED (itemId names the item in review) or FAILED (error "
                    + "says why; no item was created), and progress from 0 to 100.")
    @APIResponse(responseCode = "404", description = "No such job, or one for a desk the caller does not work on")
    public JobDocument get(@PathParam("id") String id) {
        return JobDocument.of(visible(id));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "A generation job's progress as server-sent events",
            description = "One event named 'progress' whenever the status or progress changes, its data the same "
                    + "JSON as GET /api/v1/jobs/{id}; the stream ends after the job succeeded or failed.")
    @APIResponse(responseCode = "404", description = "No such job, or one for a desk the caller does not work on")
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        events.follow(visible(id).id(), sink, sse);
    }

    /**
     * The job, unless it files (or checks) an item on a desk the caller does not work on: such a job does not exist
     * for them, as its item does not (404).
     */
    private GenerationJob visible(String id) {
        GenerationJob job = jobs.find(id);
        if (callerDesks.limitedTo().isPresent()) {
            String itsDesk = job.itemId() != null ? desk.deskOf(ItemId.parse(job.itemId()))
                    : ContentItem.deskName(job.desk());
            if (!callerDesks.sees(itsDesk)) {
                throw new JobNotFoundException(id);
            }
        }
        return job;
    }

    /** Answers 202 for a queued job, with its id and where to follow it. */
    static Response accepted(GenerationJob job, UriInfo uriInfo) {
        URI location = uriInfo.getBaseUriBuilder().path(JobsResource.class).path(job.id()).build();
        return Response.accepted(Map.of("jobId", job.id())).location(location).build();
    }
}
