package org.imprimatur.app.rest;

import java.security.Principal;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.AuthMode;
import org.imprimatur.spi.Role;

/** Who the caller is and how this installation runs; open to anyone, so that pages can show sign-in state. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Session", description = "The caller and the installation")
public class SessionResource {

    /**
     * @param user  the caller's name, {@code null} when not signed in
     * @param roles the caller's roles
     * @param demo  whether this installation runs in demo mode (demo users with known passwords)
     * @param signIn where a browser signs in: {@code login.html} (local accounts) or {@code auth/login} (Keycloak)
     */
    public record SessionDocument(String user, List<String> roles, boolean demo, String signIn) {
    }

    @Inject
    @ConfigProperty(name = "imprimatur.demo", defaultValue = "false")
    private boolean demo;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The signed-in user and their roles, whether demo mode is on, and where browsers sign in")
    public SessionDocument get() {
        Principal user = security.getUserPrincipal();
        List<String> roles = user == null ? List.of()
                : Role.ALL.stream().filter(security::isUserInRole).sorted().toList();
        String signIn = AuthMode.configured() == AuthMode.KEYCLOAK ? "auth/login" : "login.html";
        return new SessionDocument(user == null ? null : user.getName(), roles, demo, signIn);
    }
}
