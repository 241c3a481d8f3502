package org.imprimatur.app.rest;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.app.review.RegisteredChecks;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.review.application.ReviewChecks;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;

/** One check on text that is not in review, for CMS integrations that want a pre-check. Nothing is stored. */
@Path("checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checks", description = "Automatic checks on ad-hoc text")
public class ChecksResource {

    private static final int MAX_TEXT = 200_000;

    @Inject
    private ProviderRegistry registry;

    @Inject
    private RegisteredChecks checks;

    @Inject
    private ReviewChecks runner;

    @Inject
    private CurrentActor actor;

    @Inject
    private Clock clock;

    @POST
    @Path("{id}")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Run one check on ad-hoc text",
            description = "{\"text\": \"...\", \"sources\": [source ids]}; answers the check's report. Nothing is "
                    + "stored and nothing enters the ledger.")
    @APIResponse(responseCode = "404", description = "No check with this id is installed")
    @APIResponse(responseCode = "422", description = "No text, text too long, or a check that does not run on text"
            + " (image)")
    @APIResponse(responseCode = "503", description = "The check failed or ran out of time")
    public CheckReportDocument check(@PathParam("id") String id, AdHocCheckRequest request)
            throws CheckFailedException {
        ContentCheck check = registry.providers(Spi.CHECK).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No check '" + id + "' is installed"));
        if (!check.appliesTo(ContentKind.ARTICLE)) {
            // An image check on text would answer an empty report, which reads as a pass.
            throw InvalidRequestException.unprocessable("The '" + id + "' check does not run on text; it checks the"
                    + " items in review it applies to (e.g. images)");
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw InvalidRequestException.unprocessable("text is required: {\"text\": \"...\", \"sources\": [...]}");
        }
        if (request.text().length() > MAX_TEXT) {
            throw InvalidRequestException.unprocessable("text is longer than " + MAX_TEXT + " characters");
        }
        List<String> sources = request.sources() == null ? List.of() : request.sources();
        // The text stands as an unsaved revision, so that the check sees what it sees in review.
        RevisionView adHoc = new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "", request.text(),
                new ModelCard("ad-hoc", "unknown", "", Map.of(), Sha256.ofUtf8(request.text()), sources), List.of(),
                actor.get().name(), clock.instant());
        return CheckReportDocument.of(runner.runWithin(check, adHoc, checks.contextFor(sources)), check.version(),
                request.text());
    }
}
