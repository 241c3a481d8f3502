package org.imprimatur.app.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.app.security.DeskScoped;
import org.imprimatur.generation.text.InertText;
import org.imprimatur.review.application.Comments;
import org.imprimatur.review.domain.ItemComment;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Span;

/** Comments on an item or on a span of its text, and the people they mention. */
@Path("items/{id}/comments")
@RequestScoped
@DeskScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Items", description = "AI-generated content and its review")
public class CommentsResource {

    /** The body of {@code POST /items/{id}/comments}; without a span the comment is on the whole item. */
    public record CommentRequest(String text, SpanRequest span, Integer revision) {

        /** Comments are shown to other users: no markup in them (see {@link InertText}). */
        public CommentRequest {
            text = InertText.of(text);
        }
    }

    /** A half-open range {@code [start, end)} of a revision's body. */
    public record SpanRequest(Integer start, Integer end) {
    }

    @Inject
    private Comments comments;

    @Inject
    private CurrentActor actor;

    @Context
    private UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER})
    @Operation(summary = "Comment on an item, or on a span of one revision's text",
            description = "revision defaults to the current one; span is checked against that revision's body. "
                    + "@name mentions a user (user names in any case; an e-mail address mentions nobody); a name "
                    + "nobody has is kept but marked known=false and nobody is told. The ledger records the comment's "
                    + "digest, span and the mentioned users, not its text.")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "422", description = "No text, too long a text, no such revision, or a span outside it")
    public Response add(@PathParam("id") String id, CommentRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with a text is required");
        }
        ItemComment comment = comments.add(ItemsResource.parse(id), request.revision(), span(request.span()),
                request.text(), actor.get());
        URI list = uriInfo.getAbsolutePath();
        return Response.created(list).entity(CommentDocument.of(comment)).build();
    }

    @GET
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "An item's comments, oldest first")
    @APIResponse(responseCode = "404", description = "No such item")
    public List<CommentDocument> list(@PathParam("id") String id) {
        return comments.of(ItemsResource.parse(id)).stream().map(CommentDocument::of).toList();
    }

    private static Span span(SpanRequest span) {
        if (span == null) {
            return null;
        }
        if (span.start() == null || span.end() == null || span.start() < 0 || span.end() < span.start()) {
            throw InvalidRequestException.unprocessable("span needs start and end with 0 <= start < end, not "
                    + span.start() + " and " + span.end());
        }
        return new Span(span.start(), span.end());
    }
}
