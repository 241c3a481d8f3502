package org.imprimatur.provenance.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opens C2SP signed notes signed by one Ed25519 verifier key, given as {@code <name>+<hex key id>+<base64 key>}.
 * Signatures by other keys are ignored, as the specification says; at least one by this key must verify.
 */
public final class NoteVerifier {

    private static final String SIGNATURE_PREFIX = "\u2014 ";

    private final String verifierKey;
    private final String name;
    private final int keyId;
    private final PublicKey publicKey;

    /**
     * @throws InvalidNoteException if the verifier key is malformed or its id does not match its key
     */
    public NoteVerifier(String verifierKey) throws InvalidNoteException {
        String[] parts = verifierKey.trim().split("\\+", 3);
        if (parts.length != 3 || parts[1].length() != 8) {
            throw new InvalidNoteException("A verifier key reads <name>+<8 hex digits>+<base64 key>");
        }
        byte[] typed;
        try {
            name = NoteKeys.requireName(parts[0]);
            keyId = Integer.parseUnsignedInt(parts[1], 16);
            typed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidNoteException("Malformed verifier key: " + e.getMessage());
        }
        if (typed.length != 1 + Ed25519Keys.KEY_LENGTH || typed[0] != NoteKeys.ED25519) {
            throw new InvalidNoteException("The verifier key is not an Ed25519 key");
        }
        byte[] raw = Arrays.copyOfRange(typed, 1, typed.length);
        if (NoteKeys.keyId(name, raw) != keyId) {
            throw new InvalidNoteException("The verifier key's id does not match its name and key");
        }
        publicKey = Ed25519Keys.publicKey(raw);
        this.verifierKey = verifierKey.trim();
    }

    /** The verifier key this was made from. */
    public String verifierKey() {
        return verifierKey;
    }

    public String name() {
        return name;
    }

    /** The key id, as the verifier key writes it: eight hex digits. */
    public String keyIdHex() {
        return String.format("%08x", keyId);
    }

    /**
     * Whether the note carries a signature that claims to be by this key (its name and key id), verified or not.
     * A malformed note names no key.
     */
    public boolean isNamedIn(String note) {
        try {
            return parse(note).signatures().stream().anyMatch(this::claims);
        } catch (InvalidNoteException e) {
            return false;
        }
    }

    /**
     * Checks a signed note and returns its text (everything before the empty line that precedes the signatures).
     *
     * @throws InvalidNoteException if the note is malformed or no signature by this key verifies
     */
    public String open(String note) throws InvalidNoteException {
        SignedNote signed = parse(note);
        boolean verified = false;
        for (SignatureLine signature : signed.signatures()) {
            if (!claims(signature)) {
                continue;
            }
            if (!verifies(signed.text(), Arrays.copyOfRange(signature.blob(), 4, signature.blob().length))) {
                throw new InvalidNoteException("The signature by " + name + " does not verify: the note was altered "
                        + "or signed by another key");
            }
            verified = true;
        }
        if (!verified) {
            throw new InvalidNoteException("The note carries no signature by " + name + " (key id " + keyIdHex()
                    + ")");
        }
        return signed.text();
    }

    private boolean claims(SignatureLine signature) {
        return signature.blob().length >= 4 && signature.name().equals(name)
                && ByteBuffer.wrap(signature.blob()).getInt() == keyId;
    }

    private static SignedNote parse(String note) throws InvalidNoteException {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new InvalidNoteException("A signed note is a text, an empty line and signature lines");
        }
        List<SignatureLine> signatures = new ArrayList<>();
        for (String line : note.substring(split + 2, note.length() - 1).split("\n", -1)) {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new InvalidNoteException("Malformed signature line: '" + line + "'");
            }
            String[] nameAndSignature = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
            if (nameAndSignature.length != 2) {
                throw new InvalidNoteException("Malformed signature line: '" + line + "'");
            }
            try {
                byte[] blob = Base64.getDecoder().decode(nameAndSignature[1]);
                signatures.add(new SignatureLine(nameAndSignature[0], blob));
            } catch (IllegalArgumentException e) {
                throw new InvalidNoteException("Malformed signature: " + e.getMessage());
            }
        }
        return new SignedNote(note.substring(0, split + 1), signatures);
    }

    private record SignedNote(String text, List<SignatureLine> signatures) {
    }

    private record SignatureLine(String name, byte[] blob) {
    }

    private boolean verifies(String text, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
