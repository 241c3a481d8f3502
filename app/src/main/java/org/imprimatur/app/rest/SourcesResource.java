package org.imprimatur.app.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.spi.Role;

/** The editors' sources: files and web pages, extracted once and searched by drafting and checks. */
@Path("sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Press releases, documents, wire copy and web pages drafts are made from")
public class SourcesResource {

    private static final int MAX_LIST = 200;

    @Inject
    private SourceLibrary library;

    @Inject
    private CurrentActor actor;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Upload a source file",
            description = "Multipart parts: file (required), and optionally creditLine, licence and embargoUntil. "
                    + "PDF, Word, OpenDocument, RTF, HTML, plain text, e-mail and images (metadata only) are read. "
                    + "The same bytes uploaded twice are one source: the second upload answers 200 with it.")
    @APIResponse(responseCode = "201", description = "Ingested; Location names the source")
    @APIResponse(responseCode = "200", description = "These bytes were already a source; here it is")
    @APIResponse(responseCode = "413", description = "The file is larger than imprimatur.sources.max-bytes")
    @APIResponse(responseCode = "415", description = "A type Imprimatur does not read, or a file whose name lies about it")
    @APIResponse(responseCode = "422", description = "Corrupt, hostile or empty")
    public Response upload(List<EntityPart> parts) throws SourceRejectedException, IOException {
        MultipartForm form = new MultipartForm(parts);
        EntityPart file = form.required("file");
        RightsDocument rights = new RightsDocument(form.text("creditLine"), form.text("licence"),
                form.text("embargoUntil"));
        try (InputStream content = file.getContent()) {
            return answer(library.upload(content, file.getFileName().orElse(""), rights.toRights(), actor.get()));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Fetch and ingest a web page or file by URL",
            description = "Only http and https. Addresses inside the newsroom's network (loopback, private, "
                    + "link-local, cloud metadata) are refused, also after redirects and DNS resolution.")
    @APIResponse(responseCode = "201", description = "Ingested; Location names the source")
    @APIResponse(responseCode = "200", description = "What the URL served was already a source; here it is")
    @APIResponse(responseCode = "422", description = "The URL is refused or unreachable, or what it serves is rejected")
    public Response fetch(SourceUrlRequest request) throws SourceRejectedException {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw InvalidRequestException.unprocessable("url is required, e.g. {\"url\": \"https://example.org/release\"}");
        }
        URI url;
        try {
            url = new URI(request.url().strip());
        } catch (URISyntaxException e) {
            throw InvalidRequestException.unprocessable("url is not a URL: " + e.getMessage());
        }
        return answer(library.fetch(url, request.rights().toRights(), actor.get()));
    }

    @GET
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The most recently ingested sources, newest first")
    public List<SourceView> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw InvalidRequestException.unprocessable("limit lies between 1 and " + MAX_LIST + ", not " + limit);
        }
        return library.newest(limit).stream().map(SourceView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "A source: what it is, where it came from, and its rights")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@PathParam("id") String id) {
        return SourceView.of(library.find(id));
    }

    @GET
    @Path("{id}/passages")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "A source's sentences, as drafting and checks cite them")
    @APIResponse(responseCode = "404", description = "No such source")
    public List<PassageView> passages(@PathParam("id") String id) {
        return library.find(id).passages().stream().map(PassageView::of).toList();
    }

    @PUT
    @Path("{id}/rights")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Record what the newsroom may do with a source",
            description = "Credit line, licence and embargo; the change is recorded in the ledger.")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView changeRights(@PathParam("id") String id, RightsDocument rights) {
        if (rights == null) {
            throw InvalidRequestException.malformed("A JSON body with creditLine, licence and embargoUntil is required");
        }
        return SourceView.of(library.changeRights(id, rights.toRights(), actor.get()));
    }

    private Response answer(SourceLibrary.Ingested ingested) {
        SourceView view = SourceView.of(ingested.source());
        if (!ingested.created()) {
            return Response.ok(view).build();
        }
        URI location = uriInfo.getBaseUriBuilder().path(SourcesResource.class).path(view.id()).build();
        return Response.created(location).entity(view).build();
    }
}
