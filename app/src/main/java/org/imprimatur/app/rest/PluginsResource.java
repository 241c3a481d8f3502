package org.imprimatur.app.rest;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.plugins.InstalledPlugin;
import org.imprimatur.app.plugins.ProviderActivity;
import org.imprimatur.app.plugins.ProviderHealth;
import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.spi.Role;

/** What is installed: every provider of every extension point. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
@Tag(name = "Plugins", description = "Installed extensions")
public class PluginsResource {

    /** A month: the window of a provider's health. */
    static final int MAX_HOURS = 24 * 31;

    @Inject
    private ProviderRegistry registry;

    @Inject
    private ProviderActivity activity;

    @GET
    @Operation(summary = "The installed providers, with their SPI and version")
    public List<InstalledPlugin> list() {
        return registry.installed();
    }

    @GET
    @Path("health")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "How each installed provider has fared in the last hours",
            description = "Judged by what the providers' work left behind, without calling them: a drafting or image "
                    + "provider's generation jobs, a check's reports. UP: its latest call succeeded; FAILING: it "
                    + "failed (with what it said); IDLE: not called in the window; NOT_TRACKED: review policies and "
                    + "publication targets, whose outcomes are ledger entries only.")
    @APIResponse(responseCode = "422", description = "hours is not between 1 and " + MAX_HOURS)
    public List<ProviderHealth> health(@QueryParam("hours") @DefaultValue("24") int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw InvalidRequestException.unprocessable("hours must be between 1 and " + MAX_HOURS + ", not " + hours);
        }
        return activity.health(Duration.ofHours(hours));
    }
}
