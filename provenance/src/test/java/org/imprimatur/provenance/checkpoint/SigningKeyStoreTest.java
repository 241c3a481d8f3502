package org.imprimatur.provenance.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyStoreTest {

    @TempDir
    Path dir;

    @Test
    void createsTheKeyOnFirstUseAndKeepsItAfterwards() throws Exception {
        Path file = dir.resolve("keys").resolve("ledger.p12");
        SigningKeyStore store = new SigningKeyStore(file, "secret".toCharArray());
        assertFalse(store.exists());

        NoteSigner first = store.loadOrCreate("news.example/ledger");
        assertTrue(store.exists());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        NoteSigner again = new SigningKeyStore(file, "secret".toCharArray()).loadOrCreate("news.example/ledger");

        assertEquals(first.verifierKey(), again.verifierKey());
        String note = again.sign("news.example/ledger\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        assertEquals("news.example/ledger\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
                new NoteVerifier(first.verifierKey()).open(note));
    }

    @Test
    void rotationReplacesTheKeyAndRestoreUndoesIt() throws Exception {
        SigningKeyStore store = new SigningKeyStore(dir.resolve("ledger.p12"), "pw".toCharArray());
        NoteSigner first = store.loadOrCreate("log");
        NoteSigner second = store.rotate("log");
        assertNotEquals(first.verifierKey(), second.verifierKey());
        assertEquals(second.verifierKey(), store.loadOrCreate("log").verifierKey(), "the new key is the one kept");
        assertFalse(Files.exists(dir.resolve("ledger.p12.new")));

        store.restore(first);
        NoteSigner restored = store.loadOrCreate("log");
        assertEquals(first.verifierKey(), restored.verifierKey());
        assertEquals(first.sign("x\n"), restored.sign("x\n"), "the very same private key is back");
    }

    @Test
    void twoInstallationsGetDifferentKeys() throws Exception {
        NoteSigner one = new SigningKeyStore(dir.resolve("one.p12"), "a".toCharArray()).loadOrCreate("log");
        NoteSigner two = new SigningKeyStore(dir.resolve("two.p12"), "a".toCharArray()).loadOrCreate("log");
        assertNotEquals(one.verifierKey(), two.verifierKey());
    }

    @Test
    void aWrongPasswordIsAClearError() throws Exception {
        Path file = dir.resolve("ledger.p12");
        new SigningKeyStore(file, "right".toCharArray()).loadOrCreate("log");
        IOException refused = assertThrows(IOException.class,
                () -> new SigningKeyStore(file, "wrong".toCharArray()).loadOrCreate("log"));
        assertTrue(refused.getMessage().contains("password"), refused.getMessage());
    }

    @Test
    void thePublicKeyIsAlsoGivenAsPem() throws Exception {
        String pem = new SigningKeyStore(dir.resolve("k.p12"), "a".toCharArray()).loadOrCreate("log").publicKeyPem();
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"), pem);
        assertTrue(pem.endsWith("-----END PUBLIC KEY-----\n"), pem);
    }
}
