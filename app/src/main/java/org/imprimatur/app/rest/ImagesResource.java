package org.imprimatur.app.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.limits.GenerationLimited;
import org.imprimatur.app.security.CallerDesks;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.generation.jobs.GenerationJobs;
import org.imprimatur.generation.jobs.ImageOrder;
import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ItemId;

/** AI images: generated through an image provider, or made elsewhere and registered. Both enter review. */
@Path("images")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images", description = "AI-generated images and their review")
public class ImagesResource {

    @Inject
    private GenerationJobs jobs;

    @Inject
    private ImageLibrary images;

    @Inject
    private ReviewDesk desk;

    @Inject
    private ItemDocuments documents;

    @Inject
    private CurrentActor actor;

    @Inject
    private CallerDesks callerDesks;

    @Inject
    @ConfigProperty(name = "imprimatur.sources.max-bytes")
    private long maxBytes;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @GenerationLimited
    @Operation(summary = "Generate an image",
            description = "Through an OpenAI-images-compatible provider (default openai-images). A job makes it; "
                    + "when it succeeds the image item is in review, with its bytes, digest, prompt and model card.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job")
    @APIResponse(responseCode = "429", description = "Past the caller's generation rate limit; see Retry-After")
    @APIResponse(responseCode = "422", description = "No prompt, a bad size, or an unknown provider")
    public Response generate(ImageJobRequest request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with a prompt is required");
        }
        ImageOrder order = request.toOrder();
        callerDesks.requireMember(order.desk());
        return JobsResource.accepted(jobs.image(order, actor.get()), uriInfo);
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Register an image made with AI elsewhere",
            description = "Multipart parts: file (required), tool (required: the AI tool that made it), prompt, "
                    + "caption, desk and depictsPeople (optional; true when the image shows people, which may need "
                    + "more approvals). Its EXIF, XMP and IPTC metadata are read, including C2PA Content "
                    + "Credentials and IPTC digitalSourceType. It enters review like a generated image.")
    @APIResponse(responseCode = "201", description = "In review; Location names the item")
    @APIResponse(responseCode = "413", description = "Larger than imprimatur.sources.max-bytes")
    @APIResponse(responseCode = "415", description = "Not an image Imprimatur reads")
    @APIResponse(responseCode = "422", description = "No tool named, or a corrupt image")
    public Response upload(List<EntityPart> parts) throws SourceRejectedException, IOException {
        MultipartForm form = new MultipartForm(parts);
        EntityPart file = form.required("file");
        String tool = form.text("tool");
        if (tool == null || tool.isBlank()) {
            throw InvalidRequestException.unprocessable("Name the AI tool that made the image (part 'tool')");
        }
        String deskName = form.text("desk");
        callerDesks.requireMember(deskName);
        String fileName = file.getFileName().orElse("image");
        ImageLibrary.ReadImage image;
        try (InputStream content = file.getContent()) {
            image = images.read(ImageLibrary.readUpload(content, maxBytes), fileName);
        }
        ItemId itemId = images.register(image, fileName, tool, form.text("prompt"), form.text("caption"),
                deskName, Boolean.parseBoolean(form.text("depictsPeople")), actor.get());
        URI location = uriInfo.getBaseUriBuilder().path(ItemsResource.class).path(itemId.toString()).build();
        return Response.created(location).entity(documents.of(desk.find(itemId))).build();
    }
}
