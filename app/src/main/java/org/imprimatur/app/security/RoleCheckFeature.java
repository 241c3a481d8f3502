package org.imprimatur.app.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;


/**
 * Enforces the standard {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method,
 * answering 401 to anonymous callers and 403 to callers without the role. A method that declares nothing is
 * denied: every endpoint must say who may call it.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new RoleCheck(AuthMode.configured().challenge(), rolesFor(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())));
    }

    /**
     * The roles that may call a method: {@code null} for anyone, empty for no one. The method's own annotation
     * wins over its class's.
     */
    static Set<String> rolesFor(Method method, Class<?> type) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Set.copyOf(Arrays.asList(method.getAnnotation(RolesAllowed.class).value()));
        }
        if (type.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (type.isAnnotationPresent(RolesAllowed.class)) {
            return Set.copyOf(Arrays.asList(type.getAnnotation(RolesAllowed.class).value()));
        }
        return Set.of();
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleCheck implements ContainerRequestFilter {

        private final String challenge;
        private final Set<String> roles;

        private RoleCheck(String challenge, Set<String> roles) {
            this.challenge = challenge;
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles == null) {
                return;
            }
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Sign in to use this endpoint", challenge);
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException(security.getUserPrincipal().getName()
                        + " lacks the role this endpoint needs (one of " + roles + ")");
            }
        }
    }
}
