package org.imprimatur.provenance.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ledger's signing key in a PKCS#12 keystore in the data directory, created on first use and replaced on
 * rotation. The keystore holds the raw Ed25519 private and public keys as protected entries (PKCS#12 has no Ed25519
 * key-pair entry without a certificate, and a certificate would add nothing here); the file is readable by its owner
 * only, and is always replaced whole.
 */
public final class SigningKeyStore {

    private static final String PRIVATE_ALIAS = "ledger-signing-key";
    private static final String PUBLIC_ALIAS = "ledger-verifier-key";
    private static final String ALGORITHM = "Ed25519";

    private final Path file;
    private final char[] password;

    public SigningKeyStore(Path file, char[] password) {
        this.file = file;
        this.password = password.clone();
    }

    /** Whether the keystore exists yet. */
    public boolean exists() {
        return Files.exists(file);
    }

    /** When the keystore was last written: another instance sharing it may have rotated the key. */
    public FileTime lastModified() throws IOException {
        return Files.getLastModifiedTime(file);
    }

    /**
     * The signer for the key in the keystore, creating key and keystore when there are none.
     *
     * @param name the key name (the ledger's origin)
     * @throws IOException if the keystore cannot be read or written, or the password is wrong
     */
    public NoteSigner loadOrCreate(String name) throws IOException {
        if (!exists()) {
            write(Ed25519Keys.generate());
        }
        return load(name);
    }

    /**
     * Replaces the key with a new one.
     *
     * @return the signer for the new key
     * @throws IOException if the keystore cannot be written; the old key is then still in place
     */
    public NoteSigner rotate(String name) throws IOException {
        write(Ed25519Keys.generate());
        return load(name);
    }

    /** Puts a signer's key back, to undo a rotation that could not be recorded. */
    void restore(NoteSigner signer) throws IOException {
        write(new KeyPair(Ed25519Keys.publicKey(signer.rawPublicKey()), signer.privateKey()));
    }

    /**
     * The signer for the key in the keystore, which must exist.
     *
     * @throws IOException if the keystore cannot be read or the password is wrong
     */
    public NoteSigner load(String name) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            } catch (IOException e) {
                // PKCS#12 reports a wrong password as an IOException whose cause says so.
                throw new IOException("The ledger keystore " + file + " is unreadable or its password is wrong", e);
            }
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            SecretKey privateKey = ((KeyStore.SecretKeyEntry) store.getEntry(PRIVATE_ALIAS, protection)).getSecretKey();
            SecretKey publicKey = ((KeyStore.SecretKeyEntry) store.getEntry(PUBLIC_ALIAS, protection)).getSecretKey();
            return new NoteSigner(name, Ed25519Keys.privateKey(privateKey.getEncoded()), publicKey.getEncoded());
        } catch (GeneralSecurityException | ClassCastException | NullPointerException e) {
            throw new IOException("The ledger keystore " + file + " is unreadable or its password is wrong", e);
        }
    }

    private void write(KeyPair pair) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            store.setEntry(PRIVATE_ALIAS, new KeyStore.SecretKeyEntry(
                    new SecretKeySpec(Ed25519Keys.rawPrivate(pair.getPrivate()), ALGORITHM)), protection);
            store.setEntry(PUBLIC_ALIAS, new KeyStore.SecretKeyEntry(
                    new SecretKeySpec(Ed25519Keys.rawPublic(pair.getPublic()), ALGORITHM)), protection);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(partial);
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                ownerOnly(partial);
                store.store(out, password);
            }
            // Appears whole or not at all: an interrupted write must not leave half a keystore.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (GeneralSecurityException e) {
            throw new IOException("The ledger keystore " + file + " could not be written", e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect it.
        }
    }
}
