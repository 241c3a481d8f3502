package org.imprimatur.app.security.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.imprimatur.review.application.UserDirectory;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;

/**
 * The workflow's directory of people in the Keycloak mode: the realm's users and their realm roles, read through
 * Keycloak's admin REST API with the service account of Imprimatur's confidential client (which needs the
 * {@code realm-management} roles {@code view-users} and {@code query-users}). Asking the realm, rather than
 * remembering who has signed in, lets an editor assign or mention a colleague who has not used Imprimatur yet, and
 * a role taken away in Keycloak is gone here at once.
 */
@ApplicationScoped
@Typed(KeycloakUserDirectory.class)
public class KeycloakUserDirectory implements UserDirectory {

    @Inject
    private KeycloakRealm realm;

    private ServiceAccountToken token;

    /** The service account's access token and when to stop using it. */
    private record ServiceAccountToken(String value, Instant renewAfter) {
    }

    /** @throws IdentityProviderException when Keycloak cannot be asked */
    @Override
    public Optional<Actor> find(String userName) {
        URI users = realm.settings().adminApi();
        JsonArray found = (JsonArray) realm.getJson(URI.create(users + "/users?exact=true&briefRepresentation=true"
                + "&username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8)), accessToken());
        Optional<JsonObject> user = found.getValuesAs(JsonObject.class).stream()
                .filter(candidate -> candidate.getString("username", "").equalsIgnoreCase(userName))
                .findFirst();
        if (user.isEmpty() || !user.get().getBoolean("enabled", true)) {
            return Optional.empty();
        }
        // Composite: roles held through a composite or default role count as they do in the tokens' groups claim.
        JsonArray roles = (JsonArray) realm.getJson(URI.create(users + "/users/" + user.get().getString("id")
                + "/role-mappings/realm/composite?briefRepresentation=true"), accessToken());
        Set<String> held = roles.getValuesAs(JsonObject.class).stream()
                .map(role -> role.getJsonString("name")).map(JsonString::getString)
                .filter(Role.ALL::contains).collect(Collectors.toSet());
        return Optional.of(new Actor(user.get().getString("username"), held));
    }

    private synchronized String accessToken() {
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            JsonObject answer = realm.serviceAccountToken();
            // Renewed half-way through its life, so that a token never expires between here and Keycloak.
            long lifetime = answer.getJsonNumber("expires_in") == null ? 60 : answer.getJsonNumber("expires_in").longValue();
            token = new ServiceAccountToken(answer.getString("access_token"), Instant.now().plusSeconds(lifetime / 2));
        }
        return token.value();
    }
}
