package org.imprimatur.app.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Problems raised outside JAX-RS, where no exception mapper runs. */
public final class Problems {

    public static final String BASIC_CHALLENGE = "Basic realm=\"Imprimatur\", charset=\"UTF-8\"";

    private Problems() {
    }

    public static Problem unauthorized(String detail) {
        return Problem.of("unauthenticated", "Sign-in required", HttpServletResponse.SC_UNAUTHORIZED, detail);
    }

    public static Problem crossSite() {
        return Problem.of("cross-site-request", "Cross-site request refused", HttpServletResponse.SC_FORBIDDEN,
                "A request that changes something must come from Imprimatur's own pages or carry its own credentials");
    }

    public static Problem bodyTooLarge(long limit) {
        return Problem.of("body-too-large", "The request body is too large", 413,
                "A JSON request body may have at most " + limit + " bytes (imprimatur.limits.json-body-bytes)");
    }

    /** The identity provider (Keycloak) could not be asked who a caller is or who a user is. */
    public static Problem identityProviderUnavailable() {
        return Problem.of("identity-provider-unavailable", "Identity provider unavailable",
                HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Keycloak could not be asked; try again shortly");
    }

    /** Answers 401 with a Basic challenge and a problem body, from a servlet-level component. */
    public static void writeUnauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        write(response, unauthorized(detail));
    }

    /** Answers with a problem body from a servlet-level component. */
    public static void write(HttpServletResponse response, Problem problem) {
        try {
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE_NAME);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
