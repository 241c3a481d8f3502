package org.imprimatur.provenance.ledger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.imprimatur.provenance.merkle.ConsistencyProof;
import org.imprimatur.provenance.merkle.InclusionProof;
import org.imprimatur.provenance.merkle.MerkleTree;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * The provenance ledger: an append-only, hash-chained log of everything that happened to AI content. Each append
 * is announced as an {@link EntryAppended} event inside the appending transaction.
 */
@ApplicationScoped
public class Ledger implements ProvenanceRecorder {

    private static final int PAGE_SIZE = 500;

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private Event<EntryAppended> appended;

    /**
     * {@inheritDoc}
     *
     * <p>{@code MANDATORY}: an entry written in a transaction of its own could outlive the change it records.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(ProvenanceEvent event) {
        // The row lock serialises appends across every instance sharing the database.
        LedgerHead head = entityManager.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The ledger head row is missing; the database was not migrated");
        }
        LedgerEntry entry = new LedgerEntry(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS), event,
                new Sha256(head.headHash()));
        entityManager.persist(entry);
        head.advance(entry);
        appended.fire(new EntryAppended(entry.seq(), entry.recordedAt(), event));
        return entry.seq();
    }

    /**
     * The entries that match a query, newest first.
     *
     * @param offset how many matching entries to skip
     * @param limit  how many to return at most
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> search(LedgerQuery query, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM LedgerEntry e WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.itemId() != null) {
            jpql.append(" AND e.itemId = :itemId");
            parameters.put("itemId", query.itemId());
        }
        if (query.actor() != null) {
            jpql.append(" AND e.actor = :actor");
            parameters.put("actor", query.actor());
        }
        if (query.type() != null) {
            jpql.append(" AND e.eventType = :type");
            parameters.put("type", query.type());
        }
        if (query.from() != null) {
            jpql.append(" AND e.recordedAt >= :from");
            parameters.put("from", LedgerEntry.formatTime(query.from()));
        }
        if (query.to() != null) {
            jpql.append(" AND e.recordedAt < :to");
            parameters.put("to", LedgerEntry.formatTime(query.to()));
        }
        if (query.model() != null) {
            // Payloads are canonical JSON, so a model card's model id always reads exactly "model":"<id>".
            jpql.append(" AND e.payload LIKE :model ESCAPE '\\'");
            String member = "\"model\":" + CanonicalJson.write(Json.createValue(query.model()));
            parameters.put("model", "%" + member.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        jpql.append(" ORDER BY e.seq DESC");
        TypedQuery<LedgerEntry> typed = entityManager.createQuery(jpql.toString(), LedgerEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** How many entries the ledger holds: the size of its Merkle tree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long size() {
        return entityManager.find(LedgerHead.class, LedgerHead.ID).seq();
    }

    /** The entry with this sequence number, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerEntry> entry(long seq) {
        return Optional.ofNullable(entityManager.find(LedgerEntry.class, seq));
    }

    /**
     * Proves that entry {@code seq} is in the tree of the first {@code treeSize} entries.
     *
     * @throws IllegalArgumentException unless {@code 1 <= seq <= treeSize <= size()}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public InclusionProof inclusionProof(long seq, long treeSize) {
        return inclusionProofs(List.of(seq), treeSize).get(0);
    }

    /**
     * Proves that each of the entries {@code seqs} is in the tree of the first {@code treeSize} entries, building
     * the tree once.
     *
     * @throws IllegalArgumentException unless {@code 1 <= seq <= treeSize <= size()} for each
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<InclusionProof> inclusionProofs(List<Long> seqs, long treeSize) {
        seqs.forEach(seq -> requireRange(1, seq, treeSize));
        MerkleTree tree = tree(treeSize);
        int size = Math.toIntExact(treeSize);
        byte[] root = tree.rootHash(size);
        return seqs.stream().map(seq -> {
            int leaf = Math.toIntExact(seq - 1);
            return new InclusionProof(leaf, treeSize, tree.leafHash(leaf), root, tree.inclusionProof(leaf, size));
        }).toList();
    }

    /**
     * Proves that the tree of the first {@code from} entries is a prefix of the tree of the first {@code to}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= from <= to <= size()}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ConsistencyProof consistencyProof(long from, long to) {
        requireRange(1, from, to);
        MerkleTree tree = tree(to);
        int first = Math.toIntExact(from);
        int second = Math.toIntExact(to);
        return new ConsistencyProof(from, to, tree.rootHash(first), tree.rootHash(second),
                tree.consistencyProof(first, second));
    }

    /** The Merkle root of the first {@code treeSize} entries (SHA-256 of nothing for the empty tree). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] rootHash(long treeSize) {
        if (treeSize < 0 || treeSize > size()) {
            throw new IllegalArgumentException("The ledger has " + size() + " entries, not " + treeSize);
        }
        return tree(treeSize).rootHash(Math.toIntExact(treeSize));
    }

    private void requireRange(long min, long lower, long upper) {
        long size = size();
        if (lower < min || lower > upper || upper > size) {
            throw new IllegalArgumentException("Needs " + min + " <= " + lower + " <= " + upper + " <= " + size
                    + " (the ledger's size)");
        }
    }

    /**
     * The Merkle tree over the first {@code treeSize} entries, rebuilt from the stored rows: proofs rest on what is
     * stored, never on a cache. Linear in the ledger's size; storing subtree hashes is the next step when ledgers grow
     * into the millions.
     */
    private MerkleTree tree(long treeSize) {
        List<byte[]> leaves = new ArrayList<>(Math.toIntExact(treeSize));
        forEachEntry(treeSize, entry -> {
            leaves.add(entry.leafHash());
            return true;
        });
        if (leaves.size() != treeSize) {
            throw new IllegalStateException("The ledger should hold " + treeSize + " entries but holds "
                    + leaves.size() + "; verify it");
        }
        return new MerkleTree(leaves);
    }

    /** Recomputes the whole chain from the stored rows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LedgerVerification verify() {
        LedgerHead head = entityManager.find(LedgerHead.class, LedgerHead.ID);
        ChainVerifier verifier = new ChainVerifier();
        // The ledger as the head describes it: entries appended while this runs are the next verification's.
        forEachEntry(head.seq(), verifier::accept);
        return verifier.result(head.seq(), head.headHash());
    }

    /**
     * Hands every entry to {@code visitor} in sequence order, a page at a time: for exports of any size.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forEachEntry(Consumer<LedgerEntry> visitor) {
        forEachEntry(Long.MAX_VALUE, entry -> {
            visitor.accept(entry);
            return true;
        });
    }

    /**
     * Hands the entries with {@code seq <= lastSeq} to {@code visitor} in order, a page at a time, until it returns
     * false. Rows are not kept: the ledger can be far larger than memory.
     */
    private void forEachEntry(long lastSeq, Predicate<LedgerEntry> visitor) {
        long after = 0;
        boolean goOn = true;
        while (goOn) {
            List<LedgerEntry> page = entityManager.createQuery(
                            "SELECT e FROM LedgerEntry e WHERE e.seq > :after AND e.seq <= :last ORDER BY e.seq",
                            LedgerEntry.class)
                    .setParameter("after", after)
                    .setParameter("last", lastSeq)
                    .setMaxResults(PAGE_SIZE)
                    .getResultList();
            for (LedgerEntry entry : page) {
                goOn = visitor.test(entry);
                if (!goOn) {
                    break;
                }
                after = entry.seq();
            }
            entityManager.clear();
            goOn &= page.size() == PAGE_SIZE;
        }
    }
}
