package org.imprimatur.provenance.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs texts as C2SP signed notes with an Ed25519 key: the text, an empty line, and the signature line
 * {@code — <name> <base64(key id ‖ signature)>}. Ed25519 signatures are deterministic, so the same key and text
 * always give the same note. Thread-safe.
 */
public final class NoteSigner {

    private final String name;
    private final PrivateKey privateKey;
    private final byte[] rawPublicKey;
    private final int keyId;

    /**
     * @param name         the key name, conventionally the log's origin
     * @param privateKey   the Ed25519 private key
     * @param rawPublicKey the matching public key, 32 bytes
     */
    public NoteSigner(String name, PrivateKey privateKey, byte[] rawPublicKey) {
        this.name = NoteKeys.requireName(name);
        this.privateKey = privateKey;
        this.rawPublicKey = rawPublicKey.clone();
        this.keyId = NoteKeys.keyId(name, rawPublicKey);
    }

    /**
     * Signs a text.
     *
     * @param text non-empty, ending in a newline, with no empty final line; as C2SP requires
     * @return the signed note
     */
    public String sign(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("A note's text ends with a newline");
        }
        byte[] signature;
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            signature = ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with the ledger key", e);
        }
        byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return text + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    public String name() {
        return name;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    byte[] rawPublicKey() {
        return rawPublicKey.clone();
    }

    /** The key id, as the eight hex digits of the verifier key. */
    public String keyId() {
        return String.format("%08x", keyId);
    }

    /** The verifier key that auditors pin: {@code <name>+<hex key id>+<base64(0x01 ‖ public key)>}. */
    public String verifierKey() {
        byte[] typed = new byte[1 + rawPublicKey.length];
        typed[0] = NoteKeys.ED25519;
        System.arraycopy(rawPublicKey, 0, typed, 1, rawPublicKey.length);
        return name + "+" + keyId() + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The public key as PEM (SubjectPublicKeyInfo), for tools that do not speak signed notes. */
    public String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Ed25519Keys.publicKey(rawPublicKey).getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }
}
