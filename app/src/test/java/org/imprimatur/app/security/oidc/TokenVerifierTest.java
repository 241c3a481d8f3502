package org.imprimatur.app.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/**
 * A bearer token is accepted only when the realm signed it for this API and it is still valid: each test below
 * changes one thing about an otherwise good token, and the verifier refuses it.
 */
class TokenVerifierTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/newsroom";
    private static final String AUDIENCE = "newsroom-api";

    private static final RSAKey REALM_KEY = newKey("realm-key");
    private static final RSAKey FORGER_KEY = newKey("realm-key");

    private final TokenVerifier verifier = new TokenVerifier(
            new ImmutableJWKSet<>(new JWKSet(REALM_KEY.toPublicJWK())), ISSUER, AUDIENCE, "Bearer", Duration.ofSeconds(60));

    @Test
    void aRealmTokenForThisApiNamesItsUserTheirRolesAndClaims() throws Exception {
        TokenPrincipal caller = verifier.verify(signed(REALM_KEY, good().build()));

        assertEquals("alice", caller.getName());
        assertEquals(Set.of("editor", "offline_access"), caller.getGroups());
        assertEquals(Set.of(AUDIENCE, "account"), caller.getAudience());
        assertEquals(ISSUER, caller.getIssuer());
        assertTrue(caller.getExpirationTime() > Instant.now().getEpochSecond(), "exp comes back as seconds");
        JsonArray desks = caller.getClaim("desks");
        assertEquals(Json.createArrayBuilder().add("local").add("metro").build(), desks);
        assertTrue(caller.getRawToken().startsWith("eyJ"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertRefused(signed(REALM_KEY, good().issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past)).build()), "Expired");
    }

    @Test
    void aTokenJustPastItsExpiryIsTakenWithinTheClockSkew() throws Exception {
        Instant justNow = Instant.now().minusSeconds(30);
        String token = signed(REALM_KEY, good().expirationTime(Date.from(justNow)).build());
        assertEquals("alice", verifier.verify(token).getName());
        assertThrows(InvalidTokenException.class, () -> new TokenVerifier(new ImmutableJWKSet<>(
                new JWKSet(REALM_KEY.toPublicJWK())), ISSUER, AUDIENCE, "Bearer", Duration.ofSeconds(10)).verify(token));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(signed(REALM_KEY, good().audience("another-api").build()), "audience");
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        assertRefused(signed(REALM_KEY, good().audience((String) null).build()), "aud");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(signed(REALM_KEY, good().issuer("http://127.0.0.1:8180/realms/elsewhere").build()), "iss");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(new PlainJWT(good().build()).serialize(), "nsecured");
    }

    @Test
    void aTokenWithATamperedPayloadIsRefused() {
        String[] parts = signed(REALM_KEY, good().build()).split("\\.");
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(good()
                .claim("groups", List.of("editor", "admin")).build().toString().getBytes(StandardCharsets.UTF_8));
        assertRefused(parts[0] + "." + promoted + "." + parts[2], "signature");
    }

    @Test
    void aTokenSignedByAKeyOutsideTheRealmIsRefusedEvenUnderTheRealmKeysId() {
        assertRefused(signed(FORGER_KEY, good().build()), "signature");
    }

    @Test
    void aTokenSignedWithTheRealmsPublicKeyAsAnHmacSecretIsRefused() throws JOSEException {
        // The classic algorithm confusion: HS256 "signed" with the public key everyone can fetch.
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(REALM_KEY.getKeyID()).build(),
                good().build());
        confused.sign(new MACSigner(REALM_KEY.toRSAPublicKey().getEncoded()));
        assertRefused(confused.serialize(), "");
    }

    @Test
    void anIdTokenCannotStandInForAnAccessToken() {
        assertRefused(signed(REALM_KEY, good().claim("typ", "ID").build()), "typ");
    }

    @Test
    void somethingThatIsNoJwtIsRefused() {
        assertRefused("not-a-token", "not a JWT");
    }

    private void assertRefused(String token, String reason) {
        InvalidTokenException refused = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertTrue(refused.getMessage().contains(reason), () -> "refused for the reason '" + reason + "', not: "
                + refused.getMessage());
    }

    /** The claims of an access token Keycloak issues for alice through a client of the newsroom realm. */
    private static JWTClaimsSet.Builder good() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("a97ff4c9-7a2c-469e-9603-3e98a8dcf100")
                .audience(List.of(AUDIENCE, "account")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).claim("typ", "Bearer")
                .claim("azp", "newsroom-web").claim("preferred_username", "alice")
                .claim("groups", List.of("editor", "offline_access")).claim("desks", List.of("local", "metro"));
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
