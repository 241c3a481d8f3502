package org.imprimatur.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;

import org.imprimatur.app.security.oidc.KeycloakAuthenticationMechanism;
import org.imprimatur.app.security.oidc.KeycloakUserDirectory;
import org.imprimatur.app.security.oidc.OidcSettings;
import org.imprimatur.review.application.UserDirectory;

/**
 * Chooses, by {@code imprimatur.auth.mode}, the one authentication mechanism Jakarta Security uses and the directory
 * the workflow looks people up in. Both implementations are beans of their own type only ({@code @Typed}), so these
 * producers are the single {@link HttpAuthenticationMechanism} and {@link UserDirectory} of the application; the
 * implementation not chosen is never created.
 */
@ApplicationScoped
public class IdentitySource {

    @Inject
    private OidcSettings oidcSettings;

    /** @throws IllegalArgumentException when {@code imprimatur.auth.mode} names no mode */
    public AuthMode mode() {
        return AuthMode.configured();
    }

    /**
     * Who signs users in, for the start-up log; checks the settings of the mode.
     *
     * @throws IllegalArgumentException when {@code imprimatur.auth.mode} names no mode
     * @throws IllegalStateException    when the Keycloak mode lacks its issuer
     */
    public String describe() {
        return mode() == AuthMode.KEYCLOAK ? oidcSettings.describe() : "local accounts";
    }

    @Produces
    @ApplicationScoped
    HttpAuthenticationMechanism authenticationMechanism(Instance<LocalAuthenticationMechanism> local,
                                                        Instance<KeycloakAuthenticationMechanism> keycloak) {
        return mode() == AuthMode.KEYCLOAK ? keycloak.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    UserDirectory userDirectory(Instance<LocalUserDirectory> local, Instance<KeycloakUserDirectory> keycloak) {
        return mode() == AuthMode.KEYCLOAK ? keycloak.get() : local.get();
    }
}
