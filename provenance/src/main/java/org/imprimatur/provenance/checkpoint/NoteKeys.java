package org.imprimatur.provenance.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

import org.imprimatur.spi.content.Sha256;

/** What C2SP signed-note says about key names and key ids (https://c2sp.org/signed-note). */
final class NoteKeys {

    /** The signature-type byte of Ed25519 keys. */
    static final byte ED25519 = 0x01;

    private static final Pattern NAME = Pattern.compile("[^\\s+]+");

    private NoteKeys() {
    }

    /** A key name is non-empty and holds no white space and no '+'. */
    static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A note key name is non-empty and has no spaces or '+': '" + name + "'");
        }
        return name;
    }

    /** The key id: the first four bytes of SHA-256(name ‖ "\n" ‖ type ‖ public key), big-endian. */
    static int keyId(String name, byte[] rawPublicKey) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(ED25519);
        digest.update(rawPublicKey);
        return ByteBuffer.wrap(digest.digest()).getInt();
    }
}
