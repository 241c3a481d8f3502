package org.imprimatur.app.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PendingSignInTest {

    @Test
    void theChallengeIsRfc7636sS256OfTheVerifier() {
        // RFC 7636, Appendix B.
        PendingSignIn example = new PendingSignIn("state", "nonce", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", example.codeChallenge());
    }

    @Test
    void eachSignInHasFreshUnguessableValuesOfTheLengthPkceWants() {
        PendingSignIn one = PendingSignIn.start();
        PendingSignIn other = PendingSignIn.start();
        assertEquals(43, one.codeVerifier().length());
        assertTrue(one.codeVerifier().matches("[A-Za-z0-9_-]+"), "only PKCE's unreserved characters");
        assertNotEquals(one.codeVerifier(), other.codeVerifier());
        assertNotEquals(one.state(), other.state());
        assertNotEquals(one.nonce(), one.state());
    }
}
