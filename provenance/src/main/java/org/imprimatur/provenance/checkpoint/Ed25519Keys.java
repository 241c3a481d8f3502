package org.imprimatur.provenance.checkpoint;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 keys between the JDK's encodings and the raw 32-byte forms that signed notes carry. The JDK encodes an
 * Ed25519 key as a fixed DER prefix followed by the raw bytes (RFC 8410), so conversion is a matter of that prefix.
 */
final class Ed25519Keys {

    private static final byte[] PUBLIC_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PRIVATE_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    static final int KEY_LENGTH = 32;

    private Ed25519Keys() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 platform supports Ed25519", e);
        }
    }

    static byte[] rawPublic(PublicKey key) {
        return tail(key.getEncoded(), PUBLIC_PREFIX);
    }

    static byte[] rawPrivate(PrivateKey key) {
        return tail(key.getEncoded(), PRIVATE_PREFIX);
    }

    static PublicKey publicKey(byte[] raw) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(PUBLIC_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    static PrivateKey privateKey(byte[] raw) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PRIVATE_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key", e);
        }
    }

    private static byte[] tail(byte[] encoded, byte[] prefix) {
        if (encoded.length != prefix.length + KEY_LENGTH
                || !Arrays.equals(Arrays.copyOf(encoded, prefix.length), prefix)) {
            throw new IllegalArgumentException("Not an Ed25519 key in the JDK's encoding");
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    private static byte[] concat(byte[] prefix, byte[] raw) {
        if (raw.length != KEY_LENGTH) {
            throw new IllegalArgumentException("An Ed25519 key has 32 bytes, not " + raw.length);
        }
        byte[] all = Arrays.copyOf(prefix, prefix.length + KEY_LENGTH);
        System.arraycopy(raw, 0, all, prefix.length, KEY_LENGTH);
        return all;
    }
}
