package org.imprimatur.spi.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A SHA-256 digest, held as 64 lower-case hex digits. */
public record Sha256(String hex) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** The all-zero digest: the "previous hash" of the first entry in a hash chain. */
    public static final Sha256 ZERO = new Sha256("0".repeat(64));

    public Sha256 {
        Objects.requireNonNull(hex, "hex");
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256 digest: '" + hex + "'");
        }
    }

    public static Sha256 of(byte[] bytes) {
        return fromDigest(newDigest().digest(bytes));
    }

    /**
     * The digest whose 32 bytes these are.
     *
     * @throws IllegalArgumentException if there are not 32 of them
     */
    public static Sha256 fromDigest(byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("A SHA-256 digest has 32 bytes, not " + digest.length);
        }
        return new Sha256(HexFormat.of().formatHex(digest));
    }

    /** A fresh SHA-256 {@link MessageDigest}; every Java platform has one. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
    }

    /** The digest's 32 bytes. */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    public static Sha256 ofUtf8(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return hex;
    }
}
