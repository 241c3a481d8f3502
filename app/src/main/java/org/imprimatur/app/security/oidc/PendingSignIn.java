package org.imprimatur.app.security.oidc;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A browser's sign-in between the redirect to Keycloak and its return, kept in its HTTP session: the {@code state}
 * that ties the return to this browser (no login CSRF), the {@code nonce} the ID token must repeat (no replay), and the
 * PKCE code verifier (RFC 7636) without which an intercepted code is useless.
 */
record PendingSignIn(String state, String nonce, String codeVerifier) implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start() {
        return new PendingSignIn(random(), random(), random());
    }

    /** The PKCE {@code S256} challenge: BASE64URL(SHA-256(verifier)). */
    String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** 256 random bits, base64url: 43 characters, as PKCE's verifier wants them (43 to 128). */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
