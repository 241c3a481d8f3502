package org.imprimatur.app.security;

import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;
import org.imprimatur.app.rest.Problems;

/**
 * Where identities come from ({@code imprimatur.auth.mode}): the embedded local accounts, or a Keycloak realm over
 * OpenID Connect. Nothing outside {@code security} depends on which.
 */
public enum AuthMode {

    /** Local accounts: HTTP Basic for API clients, a login form for browsers. */
    LOCAL(Problems.BASIC_CHALLENGE),
    /** Keycloak: bearer tokens for API clients, the authorization code flow with PKCE for browsers. */
    KEYCLOAK("Bearer realm=\"Imprimatur\"");

    public static final String KEY = "imprimatur.auth.mode";

    private final String challenge;

    AuthMode(String challenge) {
        this.challenge = challenge;
    }

    /** The {@code WWW-Authenticate} value a 401 answers with: how this mode wants callers to authenticate. */
    public String challenge() {
        return challenge;
    }

    /**
     * The mode this installation is configured for, for components outside CDI (JAX-RS providers).
     *
     * @throws IllegalArgumentException when {@value #KEY} names no mode
     */
    public static AuthMode configured() {
        return of(ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("local"));
    }

    /** @throws IllegalArgumentException for anything but {@code local} and {@code keycloak} */
    public static AuthMode of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + " must be local or keycloak, not '" + value + "'", e);
        }
    }
}
