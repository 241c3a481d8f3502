package org.imprimatur.app.security.oidc;

import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * The Keycloak realm Imprimatur trusts, as its discovery document describes it: the verifiers for its access and ID
 * tokens (over its JWKS, which nimbus caches and refetches when a token names a key it has not seen, so key
 * rotation needs nothing), and the calls Imprimatur makes to its token endpoint. The discovery document is read on
 * first use and kept; until it has been read (Keycloak may start after Imprimatur), each use tries again.
 */
@ApplicationScoped
public class KeycloakRealm {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The endpoints of the realm and the verifiers over its keys. */
    record Discovered(URI authorization, URI token, URI endSession, TokenVerifier accessTokens,
                      TokenVerifier idTokens) {
    }

    @Inject
    private OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Discovered discovered;

    /** @throws IdentityProviderException when the discovery document cannot be read */
    Discovered discovered() {
        Discovered known = discovered;
        if (known == null) {
            synchronized (this) {
                if (discovered == null) {
                    discovered = discover();
                }
                known = discovered;
            }
        }
        return known;
    }

    /** Verifies access tokens: the realm's signature, its issuer, the configured audience, {@code typ: Bearer}. */
    public TokenVerifier accessTokens() {
        return discovered().accessTokens();
    }

    OidcSettings settings() {
        return settings;
    }

    /** The authorization code flow's second step, with the PKCE verifier of its first. */
    Tokens exchangeCode(String code, String codeVerifier, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        return Tokens.of(postToTokenEndpoint(form));
    }

    /** Renews a browser's tokens; empty when the realm refuses (its session ended, the refresh token expired). */
    Optional<Tokens> refresh(String refreshToken) {
        try {
            return Optional.of(Tokens.of(postToTokenEndpoint(Map.of("grant_type", "refresh_token",
                    "refresh_token", refreshToken))));
        } catch (TokenEndpointRefusal e) {
            return Optional.empty();
        }
    }

    /** An access token for Imprimatur's own service account (client credentials). */
    JsonObject serviceAccountToken() {
        if (settings.clientSecret().isEmpty()) {
            throw new IdentityProviderException("Looking up users in Keycloak needs the service account of a "
                    + "confidential client: set imprimatur.oidc.client-secret");
        }
        return postToTokenEndpoint(Map.of("grant_type", "client_credentials"));
    }

    /** GETs JSON from the realm with a bearer token, e.g. from its admin REST API. */
    JsonStructure getJson(URI uri, String bearerToken) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken).GET().build());
    }

    private JsonObject postToTokenEndpoint(Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(discovered().token()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        Optional<String> secret = settings.clientSecret();
        if (secret.isPresent()) {
            // client_secret_basic (RFC 6749, 2.3.1): both parts form-encoded before Base64.
            String credentials = formEncode(settings.clientId()) + ":" + formEncode(secret.get());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put("client_id", settings.clientId());
        }
        JsonStructure answer = send(request.POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))).build());
        if (!(answer instanceof JsonObject tokens) || !tokens.containsKey("access_token")) {
            throw new IdentityProviderException("Keycloak's token endpoint answered without an access token");
        }
        return tokens;
    }

    private JsonStructure send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderException("Keycloak cannot be reached at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("Interrupted while asking Keycloak at " + request.uri(), e);
        }
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            // The token endpoint's way of saying no (invalid_grant and the like): a refusal, not an outage.
            throw new TokenEndpointRefusal(request.uri() + " refused: " + response.body());
        }
        if (response.statusCode() != 200) {
            throw new IdentityProviderException("Keycloak answered " + response.statusCode() + " at " + request.uri());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        } catch (JsonException e) {
            throw new IdentityProviderException("Keycloak answered with something that is not JSON at "
                    + request.uri(), e);
        }
    }

    private Discovered discover() {
        String issuer = settings.issuer();
        URI location = URI.create(issuer + "/.well-known/openid-configuration");
        JsonStructure answer = send(HttpRequest.newBuilder(location).timeout(TIMEOUT).GET().build());
        if (!(answer instanceof JsonObject document) || !issuer.equals(document.getString("issuer", null))) {
            // OpenID Connect Discovery 1.0, 4.3: the document must name the issuer it was fetched for.
            throw new IdentityProviderException("The discovery document at " + location
                    + " does not name the issuer " + issuer + " (is --hostname set on Keycloak?)");
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(document.getString("jwks_uri")).toURL(),
                    new DefaultResourceRetriever((int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), 256 * 1024))
                    .build();
        } catch (MalformedURLException e) {
            throw new IdentityProviderException("The realm's jwks_uri is not a URL", e);
        }
        return new Discovered(URI.create(document.getString("authorization_endpoint")),
                URI.create(document.getString("token_endpoint")),
                URI.create(document.getString("end_session_endpoint")),
                new TokenVerifier(keys, issuer, settings.audience(), "Bearer", settings.clockSkew()),
                new TokenVerifier(keys, issuer, settings.clientId(), "ID", settings.clockSkew()));
    }

    /** {@code application/x-www-form-urlencoded}, for request bodies and query strings alike. */
    static String formEncoded(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> formEncode(entry.getKey()) + "=" + formEncode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The token endpoint said no (400/401): the grant is no good, Keycloak itself is fine. */
    static final class TokenEndpointRefusal extends IdentityProviderException {
        TokenEndpointRefusal(String message) {
            super(message);
        }
    }
}
