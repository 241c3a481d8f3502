package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec-imprimatur-test-secret";
    private static final String BODY = "{\"id\":\"evt-1\",\"type\":\"ITEM_APPROVED\"}";

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBodyInLowerCaseHex() {
        // Computed independently: printf '%s' '1767225600.<body>' | openssl dgst -sha256 -hmac '<secret>'
        assertEquals("sha256=8d3fb5895900185518f8b6c8dffe143513850168e270920336d0babc6db6e112",
                WebhookSignature.sign(SECRET, 1767225600L, BODY));
    }

    @Test
    void theTimestampIsSignedWithTheBody() {
        assertNotEquals(WebhookSignature.sign(SECRET, 1767225600L, BODY),
                WebhookSignature.sign(SECRET, 1767225601L, BODY), "a replay under a new timestamp needs the secret");
        assertNotEquals(WebhookSignature.sign(SECRET, 1767225600L, BODY),
                WebhookSignature.sign(SECRET + "x", 1767225600L, BODY));
    }
}
