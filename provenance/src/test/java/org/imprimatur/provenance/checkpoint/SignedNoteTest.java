package org.imprimatur.provenance.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signed notes as C2SP defines them, checked byte for byte against the reference example of Go's
 * golang.org/x/mod/sumdb/note (note_test.go), which every checksum-database and Sigstore verifier accepts.
 */
class SignedNoteTest {

    // The reference key pair and note from golang.org/x/mod/sumdb/note.
    private static final String VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String NOTE = TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private static NoteSigner referenceSigner() {
        byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(SIGNER_KEY.split("\\+", 5)[4]), 1, 33);
        byte[] publicKey = Arrays.copyOfRange(Base64.getDecoder().decode(VERIFIER_KEY.split("\\+", 3)[2]), 1, 33);
        return new NoteSigner("PeterNeumann", Ed25519Keys.privateKey(seed), publicKey);
    }

    @Test
    void signsTheReferenceNoteByteForByte() {
        assertEquals(NOTE, referenceSigner().sign(TEXT));
    }

    @Test
    void derivesTheReferenceVerifierKey() {
        assertEquals(VERIFIER_KEY, referenceSigner().verifierKey());
    }

    @Test
    void opensTheReferenceNote() throws InvalidNoteException {
        assertEquals(TEXT, new NoteVerifier(VERIFIER_KEY).open(NOTE));
    }

    @Test
    void refusesAnAlteredText() {
        String altered = NOTE.replace("cryptography", "cryptographY");
        assertThrows(InvalidNoteException.class, () -> new NoteVerifier(VERIFIER_KEY).open(altered));
    }

    @Test
    void refusesANoteSignedByAnotherKeyOfTheSameName() throws InvalidNoteException {
        KeyPair other = Ed25519Keys.generate();
        NoteSigner impostor = new NoteSigner("PeterNeumann", other.getPrivate(), Ed25519Keys.rawPublic(other.getPublic()));
        NoteVerifier verifier = new NoteVerifier(VERIFIER_KEY);
        String signedByImpostor = impostor.sign(TEXT);

        InvalidNoteException refused = assertThrows(InvalidNoteException.class, () -> verifier.open(signedByImpostor));
        assertEquals("The note carries no signature by PeterNeumann (key id " + verifier.keyIdHex() + ")",
                refused.getMessage());
        assertFalse(verifier.isNamedIn(signedByImpostor), "another key of the same name is not this key");
        assertTrue(verifier.isNamedIn(NOTE));
    }

    @Test
    void refusesAForgedSignatureUnderTheRightKeyId() {
        byte[] blob = Base64.getDecoder().decode(NOTE.substring(NOTE.lastIndexOf(' ') + 1).trim());
        blob[10] ^= 1;
        String forged = TEXT + "\n\u2014 PeterNeumann " + Base64.getEncoder().encodeToString(blob) + "\n";
        assertThrows(InvalidNoteException.class, () -> new NoteVerifier(VERIFIER_KEY).open(forged));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PeterNeumann", "PeterNeumann+c74f20a3", "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "PeterNeumann+c74f20a3+AhpjZGFkZmFzZGZhc2RmYXNkZmFzZGZhc2RmYXNkZmFz"})
    void refusesMalformedVerifierKeys(String key) {
        assertThrows(InvalidNoteException.class, () -> new NoteVerifier(key));
    }

    @Test
    void aCheckpointBodyRoundTrips() throws InvalidNoteException {
        byte[] root = new byte[32];
        root[0] = 7;
        Checkpoint checkpoint = new Checkpoint("news.example/imprimatur", 42, root);
        assertEquals("news.example/imprimatur\n42\nBwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", checkpoint.body());
        Checkpoint parsed = Checkpoint.parse(checkpoint.body());
        assertEquals(checkpoint, parsed);
        assertArrayEquals(root, parsed.rootHash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"origin\n42\n", "origin\n042\nBwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
            "origin\n-1\nBwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "origin\n1\nnot base64\n",
            "origin\n1\nBwAA\n", "origin\n1\nBwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
    void refusesMalformedCheckpoints(String body) {
        assertThrows(InvalidNoteException.class, () -> Checkpoint.parse(body));
    }
}
