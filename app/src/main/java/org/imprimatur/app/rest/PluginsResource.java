package org.imprimatur.app.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.plugins.InstalledPlugin;
import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.spi.Role;

/** What is installed: every provider of every extension point. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
@Tag(name = "Plugins", description = "Installed extensions")
public class PluginsResource {

    @Inject
    private ProviderRegistry registry;

    @GET
    @Operation(summary = "The installed providers, with their SPI and version")
    public List<InstalledPlugin> list() {
        return registry.installed();
    }
}
