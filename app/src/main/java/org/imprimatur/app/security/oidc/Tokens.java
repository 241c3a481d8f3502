package org.imprimatur.app.security.oidc;

import java.io.Serializable;

import jakarta.json.JsonObject;

/**
 * What the realm's token endpoint gave a signed-in browser, kept in its HTTP session.
 *
 * @param accessToken  presented on each request on the browser's behalf
 * @param refreshToken renews the access token when it expires; {@code null} if none was issued
 * @param idToken      the hint that lets the realm end its own session at logout; {@code null} if none was issued
 */
record Tokens(String accessToken, String refreshToken, String idToken) implements Serializable {

    static Tokens of(JsonObject response) {
        return new Tokens(response.getString("access_token"), response.getString("refresh_token", null),
                response.getString("id_token", null));
    }

    /** A refresh may rotate the refresh token and leave out the ID token: keep what it did not replace. */
    Tokens renewedBy(Tokens refreshed) {
        return new Tokens(refreshed.accessToken(),
                refreshed.refreshToken() != null ? refreshed.refreshToken() : refreshToken,
                refreshed.idToken() != null ? refreshed.idToken() : idToken);
    }
}
