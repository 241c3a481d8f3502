package org.imprimatur.app.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook request is signed, in the style of GitHub's and Standard Webhooks' signatures: HMAC-SHA256 keyed
 * with the webhook's shared secret (its UTF-8 bytes) over {@code <timestamp>.<body>}, sent as
 * {@code Imprimatur-Signature: sha256=<lowercase hex>}. The timestamp (Unix seconds, {@code Imprimatur-Timestamp})
 * is signed with the body so that a receiver can refuse replays of old requests.
 */
public final class WebhookSignature {

    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "Imprimatur-Signature";
    /** The header carrying the signed timestamp, in seconds since the epoch. */
    public static final String TIMESTAMP_HEADER = "Imprimatur-Timestamp";
    /** The header carrying the event's id, the same on every attempt: receivers drop ids they have seen. */
    public static final String EVENT_ID_HEADER = "Imprimatur-Event-Id";
    /** The header carrying the event's type, so that receivers can route before parsing. */
    public static final String EVENT_TYPE_HEADER = "Imprimatur-Event-Type";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The {@value #SIGNATURE_HEADER} value for a body sent at {@code epochSecond} under {@code secret}. */
    public static String sign(String secret, long epochSecond, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((epochSecond + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java SE runtime has HmacSHA256, and it takes keys of any length but zero (refused at start).
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
