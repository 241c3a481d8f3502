package org.imprimatur.provenance.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.provenance.ledger.CanonicalJson;
import org.imprimatur.provenance.ledger.Ledger;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * Signed checkpoints of the ledger: at a tree size, the Merkle root, in a C2SP tlog-checkpoint signed with the
 * ledger's Ed25519 key. An auditor who pins the verifier key can check a checkpoint, and with inclusion and
 * consistency proofs every entry and every later state, without trusting this server.
 */
@ApplicationScoped
public class Checkpoints {

    /** Who records events that no person caused, such as a new signing key. */
    public static final String SYSTEM_ACTOR = "imprimatur";

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private Ledger ledger;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimatur.ledger.origin")
    private String origin;

    @Inject
    @ConfigProperty(name = "imprimatur.ledger.keystore")
    private String keystore;

    @Inject
    @ConfigProperty(name = "imprimatur.ledger.keystore-password")
    private String keystorePassword;

    @Inject
    private Transactions transactions;

    private SigningKeyStore store;
    private NoteSigner signer;
    private FileTime signerWritten;

    /**
     * Loads the signing key, creating it on first start; a new key is recorded in the ledger with its verifier key.
     *
     * @throws IOException if the keystore cannot be read or written
     */
    public synchronized void start() throws IOException {
        store = new SigningKeyStore(Path.of(keystore), keystorePassword.toCharArray());
        boolean created = !store.exists();
        signer = store.loadOrCreate(origin);
        signerWritten = store.lastModified();
        if (created) {
            transactions.record(new ProvenanceEvent(ProvenanceEventType.LEDGER_KEY_CREATED, SYSTEM_ACTOR, null,
                    Map.of("verifierKey", signer.verifierKey(), "keystore", keystore)));
        }
    }

    /**
     * The ledger's note signer; its verifier key is what auditors pin. Reloaded when another instance sharing the
     * keystore has rotated the key.
     */
    public synchronized NoteSigner signer() {
        if (signer == null) {
            throw new IllegalStateException("Checkpoints were not started");
        }
        try {
            FileTime written = store.lastModified();
            if (!written.equals(signerWritten)) {
                // Never create a key here: a key appears only through start() or rotate(), which record it.
                signer = store.load(origin);
                signerWritten = written;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The ledger keystore cannot be read", e);
        }
        return signer;
    }

    /**
     * Replaces the signing key. The rotation is recorded in the ledger, naming both keys; the old key then signs a
     * checkpoint that covers that entry (so whoever pinned the old key learns the new one from a signed record), and
     * the new key signs the same tree.
     *
     * @param actor who asked for it
     * @return the new verifier key
     * @throws IOException if the keystore cannot be written; nothing changed then
     */
    public synchronized String rotate(String actor) throws IOException {
        NoteSigner previous = signer();
        NoteSigner next = store.rotate(origin);
        try {
            transactions.record(new ProvenanceEvent(ProvenanceEventType.LEDGER_KEY_ROTATED, actor, null,
                    Map.of("previousVerifierKey", previous.verifierKey(), "verifierKey", next.verifierKey())));
        } catch (RuntimeException e) {
            // The ledger must never disagree with the keystore: put the old key back.
            store.restore(previous);
            signerWritten = store.lastModified();
            throw e;
        }
        transactions.checkpoint(this, previous);
        signer = next;
        signerWritten = store.lastModified();
        transactions.checkpoint(this, next);
        return next.verifierKey();
    }

    /**
     * A checkpoint of the ledger as it is now, signed with the current key: the existing one when the ledger has
     * not grown since, a new one otherwise.
     */
    public LedgerCheckpoint checkpoint() {
        NoteSigner key = signer();
        try {
            return transactions.checkpoint(this, key);
        } catch (PersistenceException | TransactionalException e) {
            // Another request or instance signed the same size a moment earlier (the unique constraint refused
            // ours); that checkpoint is as good, and a second attempt finds it.
            return transactions.checkpoint(this, key);
        }
    }

    /** Signs the ledger as it is with {@code key}; runs in the caller's transaction. */
    LedgerCheckpoint checkpoint(NoteSigner key) {
        long size = ledger.size();
        List<LedgerCheckpoint> existing = entityManager.createQuery(
                        "SELECT c FROM LedgerCheckpoint c WHERE c.treeSize = :size AND c.keyId = :key",
                        LedgerCheckpoint.class)
                .setParameter("size", size).setParameter("key", key.keyId()).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] root = ledger.rootHash(size);
        String note = key.sign(new Checkpoint(origin, size, root).body());
        LedgerCheckpoint checkpoint = new LedgerCheckpoint(size, HexFormat.of().formatHex(root), key.keyId(), note,
                clock.instant());
        entityManager.persist(checkpoint);
        // A concurrent instance checkpointing the same size fails here, on the unique constraint, not at commit.
        entityManager.flush();
        return checkpoint;
    }

    /**
     * Every checkpoint signed with the current key or a key it succeeded through recorded rotations, smallest tree
     * first: what an auditor who pinned any of those keys can tie to it. Checkpoints of keys with no such lineage
     * (a keystore that was lost and created anew) are left out; nothing vouches for them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerCheckpoint> all() {
        return entityManager.createQuery("SELECT c FROM LedgerCheckpoint c WHERE c.keyId IN :keys "
                        + "ORDER BY c.treeSize, c.createdAt", LedgerCheckpoint.class)
                .setParameter("keys", lineage(signer().verifierKey()))
                .getResultList();
    }

    /** The ids of this key and of the keys it replaced, following the rotations in the ledger backwards. */
    private Set<String> lineage(String verifierKey) {
        List<LedgerEntry> rotations = entityManager.createQuery("SELECT e FROM LedgerEntry e WHERE e.eventType = "
                        + ":type ORDER BY e.seq DESC", LedgerEntry.class)
                .setParameter("type", ProvenanceEventType.LEDGER_KEY_ROTATED.name())
                .getResultList();
        Set<String> keyIds = new LinkedHashSet<>();
        String key = verifierKey;
        keyIds.add(keyIdOf(key));
        for (LedgerEntry rotation : rotations) {
            JsonObject payload = CanonicalJson.parseObject(rotation.payload());
            if (key.equals(payload.getString("verifierKey", ""))) {
                key = payload.getString("previousVerifierKey");
                keyIds.add(keyIdOf(key));
            }
        }
        return keyIds;
    }

    private static String keyIdOf(String verifierKey) {
        return verifierKey.split("\\+", 3)[1];
    }

    /** The latest checkpoint signed with the current key, if any has been made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerCheckpoint> latest() {
        return entityManager.createQuery("SELECT c FROM LedgerCheckpoint c WHERE c.keyId = :key "
                        + "ORDER BY c.treeSize DESC", LedgerCheckpoint.class)
                .setParameter("key", signer().keyId())
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
