package org.imprimatur.app.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Keycloak the Keycloak-mode tests run against ({@code imprimatur.it.keycloak.url}, by default
 * {@code http://127.0.0.1:8180}, with docs/keycloak/newsroom-realm.json imported; {@code scripts/keycloak-dev.sh}
 * starts one). Before the container starts it decides whether the tests can run: when no Keycloak answers they are
 * reported as skipped, unless {@code imprimatur.it.keycloak.required} is true or the environment variable {@code CI}
 * is {@code true}, in which case the run fails.
 *
 * <p>It also gets the tokens the tests present: the realm's own for its example users (the password grant of the
 * public client {@code newsroom-web}, which allows it for tests), and tokens the tests sign themselves with a key
 * they register with the realm, so that a token can differ from a good one in a single claim.
 */
public final class KeycloakUnderTest implements ExecutionCondition {

    static final String REALM = "newsroom";
    private static final String TEST_CLIENT = "newsroom-web";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static URI url() {
        return URI.create(System.getProperty("imprimatur.it.keycloak.url", "http://127.0.0.1:8180"));
    }

    /** The realm's URL: the issuer its tokens name, and what the server under test is configured with. */
    static String issuer() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"keycloak".equals(System.getenv("IMPRIMATUR_AUTH_MODE"))) {
            // -Dit.test=... overrides every execution's includes: only it-keycloak runs the server in this mode.
            return ConditionEvaluationResult.disabled("The Keycloak-mode tests run in the it-keycloak execution");
        }
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return ConditionEvaluationResult.enabled("Keycloak answers at " + discovery);
            }
            return unavailable("Keycloak answers " + answer.statusCode() + " at " + discovery
                    + " (is the newsroom realm imported?)", null);
        } catch (IOException e) {
            return unavailable("No Keycloak at " + discovery + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConditionEvaluationResult unavailable(String why, Exception cause) {
        String reason = why + "; start one with scripts/keycloak-dev.sh --fresh, or set -Dimprimatur.it.keycloak.url=...";
        if (Boolean.getBoolean("imprimatur.it.keycloak.required") || "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(reason, cause);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    /** An access token the realm issues to one of its example users (password = user name). */
    String accessToken(String user) {
        return tokenEndpoint(REALM, Map.of("grant_type", "password", "client_id", TEST_CLIENT,
                "username", user, "password", user)).getString("access_token");
    }

    /** An access token of a confidential client's service account (client credentials). */
    String serviceAccountToken(String clientId, String secret) {
        return tokenEndpoint(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)).getString("access_token");
    }

    /**
     * Sets an attribute of one of the realm's clients, such as {@code access.token.lifespan}; an empty value removes
     * it.
     *
     * @return the value it had, {@code null} for none
     */
    String clientAttribute(String clientId, String name, String value) {
        String clients = "/admin/realms/" + REALM + "/clients";
        JsonObject client = ((jakarta.json.JsonArray) json(admin(clients + "?clientId=" + clientId).GET()))
                .getJsonObject(0);
        JsonObject attributes = client.getJsonObject("attributes");
        JsonObject changed = Json.createObjectBuilder(client)
                .add("attributes", Json.createObjectBuilder(attributes).add(name, value)).build();
        expect(204, admin(clients + "/" + client.getString("id")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString())));
        return attributes.getString(name, null);
    }

    /** Ends every Keycloak session of a user, as an administrator (or the user, elsewhere) signing them out. */
    void endSessionsOf(String user) {
        String users = "/admin/realms/" + REALM + "/users";
        String id = ((jakarta.json.JsonArray) json(admin(users + "?exact=true&username=" + user).GET()))
                .getJsonObject(0).getString("id");
        expect(204, admin(users + "/" + id + "/logout").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private void expect(int status, HttpRequest.Builder request) {
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != status) {
            throw new AssertionError("Keycloak answered " + answer.statusCode() + ", not " + status + ": "
                    + answer.body());
        }
    }

    /** The JSON Keycloak answers with, when it answers 200; fails the test otherwise. */
    JsonStructure json(HttpRequest.Builder request) {
        HttpResponse<String> answer = send(request.timeout(TIMEOUT));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Keycloak answered " + answer.statusCode() + ": " + answer.body());
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.read();
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject tokenEndpoint(String realm, Map<String, String> form) {
        return (JsonObject) json(HttpRequest.newBuilder(URI.create(url() + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))));
    }

    static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /**
     * A signing key of the tests' own that the realm publishes in its JWKS, as Keycloak does with an imported key
     * (priority below the realm's own key, so Keycloak keeps signing with that one). Close it to remove it again.
     */
    final class RegisteredKey implements AutoCloseable {

        private final RSAKey key;
        private final String keyId;
        private final URI component;

        RegisteredKey() {
            try {
                key = new RSAKeyGenerator(2048).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            String realmId = ((JsonObject) json(admin("/admin/realms/" + REALM).GET())).getString("id");
            JsonObject provider = Json.createObjectBuilder()
                    .add("name", "imprimatur-it-" + Users.RUN).add("providerId", "rsa")
                    .add("providerType", "org.keycloak.keys.KeyProvider").add("parentId", realmId)
                    .add("config", Json.createObjectBuilder()
                            .add("priority", Json.createArrayBuilder().add("-100"))
                            .add("enabled", Json.createArrayBuilder().add("true"))
                            .add("active", Json.createArrayBuilder().add("true"))
                            .add("algorithm", Json.createArrayBuilder().add("RS256"))
                            .add("privateKey", Json.createArrayBuilder().add(pkcs8(key))))
                    .build();
            HttpResponse<String> created = send(admin("/admin/realms/" + REALM + "/components")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(provider.toString())));
            if (created.statusCode() != 201) {
                throw new AssertionError("Keycloak did not take the test key: " + created.statusCode() + " "
                        + created.body());
            }
            component = URI.create(created.headers().firstValue("Location").orElseThrow());
            keyId = publishedKeyId();
        }

        /** Signs these claims with RS256 under the key id the realm published for this key. */
        String sign(JWTClaimsSet claims) {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            try {
                token.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return token.serialize();
        }

        private String publishedKeyId() {
            JsonObject certs = (JsonObject) json(HttpRequest.newBuilder(
                    URI.create(issuer() + "/protocol/openid-connect/certs")).GET());
            try {
                for (JWK published : JWKSet.parse(certs.toString()).getKeys()) {
                    if (published instanceof RSAKey rsa && rsa.getModulus().equals(key.getModulus())) {
                        return rsa.getKeyID();
                    }
                }
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
            throw new AssertionError("The realm does not publish the test key: " + certs);
        }

        @Override
        public void close() {
            send(admin(component.getPath()).DELETE());
        }

        private static String pkcs8(RSAKey key) {
            try {
                return Base64.getEncoder().encodeToString(key.toPrivateKey().getEncoded());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

    }

    /** A request to the admin REST API as the bootstrap administrator of the master realm. */
    private HttpRequest.Builder admin(String path) {
        String token = tokenEndpoint("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin")).getString("access_token");
        return HttpRequest.newBuilder(url().resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }
}
