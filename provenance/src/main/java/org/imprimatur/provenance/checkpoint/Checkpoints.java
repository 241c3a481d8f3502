package org.imprimatur.provenance.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.provenance.ledger.Ledger;
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

    private volatile NoteSigner signer;

    /**
     * Loads the signing key, creating it on first start; a new key is recorded in the ledger with its verifier key.
     *
     * @throws IOException if the keystore cannot be read or written
     */
    @Transactional
    public void start() throws IOException {
        SigningKeyStore store = new SigningKeyStore(Path.of(keystore), keystorePassword.toCharArray());
        boolean created = !store.exists();
        signer = store.loadOrCreate(origin);
        if (created) {
            ledger.record(new ProvenanceEvent(ProvenanceEventType.LEDGER_KEY_CREATED, SYSTEM_ACTOR, null,
                    Map.of("verifierKey", signer.verifierKey(), "keystore", keystore)));
        }
    }

    /** The ledger's note signer; its verifier key is what auditors pin. */
    public NoteSigner signer() {
        NoteSigner current = signer;
        if (current == null) {
            throw new IllegalStateException("Checkpoints were not started");
        }
        return current;
    }

    /**
     * A checkpoint of the ledger as it is now, signed with the current key: the existing one when the ledger has
     * not grown since, a new one otherwise.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LedgerCheckpoint checkpoint() {
        long size = ledger.size();
        NoteSigner key = signer();
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

    /** Every checkpoint signed with the current key, smallest tree first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerCheckpoint> all() {
        return entityManager.createQuery("SELECT c FROM LedgerCheckpoint c WHERE c.keyId = :key "
                        + "ORDER BY c.treeSize", LedgerCheckpoint.class)
                .setParameter("key", signer().keyId())
                .getResultList();
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
