package org.imprimatur.app.security;

import java.security.Principal;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;

/**
 * Who is calling, as the workflow sees it: the caller principal's name and the roles it holds, whatever identity
 * source (local accounts now, Keycloak tokens later) authenticated it.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    private SecurityContext securityContext;

    /**
     * @throws IllegalStateException if nobody is signed in; resources that call this require a role, so the
     *                               role check has refused anonymous callers before
     */
    public Actor get() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No caller is signed in");
        }
        return new Actor(principal.getName(),
                Role.ALL.stream().filter(securityContext::isCallerInRole).collect(Collectors.toSet()));
    }
}
