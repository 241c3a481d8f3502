package org.imprimatur.app.security.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Imprimatur reaches the Keycloak realm it trusts ({@code imprimatur.oidc.*}); read in the Keycloak mode only.
 * Everything else (endpoints, signing keys) comes from the issuer's discovery document.
 */
@ApplicationScoped
public class OidcSettings {

    /** The configuration key of the realm's URL. */
    public static final String ISSUER = "imprimatur.oidc.issuer";

    @Inject
    @ConfigProperty(name = ISSUER)
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "imprimatur.oidc.client-id", defaultValue = "newsroom-api")
    private String clientId;

    @Inject
    @ConfigProperty(name = "imprimatur.oidc.client-secret")
    private Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "imprimatur.oidc.audience", defaultValue = "newsroom-api")
    private String audience;

    @Inject
    @ConfigProperty(name = "imprimatur.oidc.clock-skew", defaultValue = "PT60S")
    private Duration clockSkew;

    /**
     * The realm's URL, exactly as its tokens name it in {@code iss}, e.g. {@code http://127.0.0.1:8180/realms/newsroom}.
     *
     * @throws IllegalStateException when it is not set
     */
    public String issuer() {
        return issuer.map(value -> value.replaceAll("/+$", "")).orElseThrow(() -> new IllegalStateException(
                "imprimatur.auth.mode=keycloak needs imprimatur.oidc.issuer (IMPRIMATUR_OIDC_ISSUER), the realm's URL"));
    }

    /**
     * The realm and client, for the start-up log, saying when users cannot be looked up.
     *
     * @throws IllegalStateException when the issuer is not set
     */
    public String describe() {
        return "the Keycloak realm " + issuer() + " as client " + clientId + (clientSecret().isPresent() ? ""
                : " (no imprimatur.oidc.client-secret: assignments and mentions cannot look users up)");
    }

    /** The realm's admin REST API, e.g. {@code http://127.0.0.1:8180/admin/realms/newsroom}. */
    URI adminApi() {
        String realm = issuer();
        int at = realm.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalStateException("imprimatur.oidc.issuer is not a Keycloak realm URL (…/realms/<name>): "
                    + realm);
        }
        return URI.create(realm.substring(0, at) + "/admin" + realm.substring(at));
    }

    /** The client Imprimatur signs browsers in as, and whose service account reads the realm's users. */
    String clientId() {
        return clientId;
    }

    /** Empty for a public client. */
    Optional<String> clientSecret() {
        return clientSecret.filter(secret -> !secret.isBlank());
    }

    /** What a bearer token must name in {@code aud} to be accepted. */
    String audience() {
        return audience;
    }

    /** How long after its {@code exp} a token is still taken, for clocks that differ (MicroProfile JWT's 60 s). */
    Duration clockSkew() {
        return clockSkew;
    }
}
