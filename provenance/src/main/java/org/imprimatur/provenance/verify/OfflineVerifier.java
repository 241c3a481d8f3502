package org.imprimatur.provenance.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.imprimatur.provenance.checkpoint.Checkpoint;
import org.imprimatur.provenance.checkpoint.InvalidNoteException;
import org.imprimatur.provenance.checkpoint.NoteVerifier;
import org.imprimatur.provenance.ledger.CanonicalJson;
import org.imprimatur.provenance.merkle.MerkleAccumulator;
import org.imprimatur.provenance.merkle.MerkleHash;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * Verifies a ledger export ({@link org.imprimatur.provenance.export.LedgerExport}) against a pinned verifier key,
 * trusting nothing but the key: every entry's bytes are canonical and hash as claimed, each names the previous
 * entry's hash, sequence numbers run 1, 2, 3… without gaps, every checkpoint is signed by a trusted key, and each
 * checkpoint's root is the Merkle root of the entries it covers. Stops at the first problem and says exactly where.
 *
 * <p>Keys rotate, and each rotation is an entry of the ledger naming the previous and the next verifier key. A key
 * becomes trusted when a rotation entry links it to a trusted key and a checkpoint signed by a trusted key covers
 * that entry: so an auditor who pinned the first key follows the rotations forward, and one who pinned today's key
 * follows them back, each through checkpoints that the keys they trust signed.
 */
public final class OfflineVerifier {

    /**
     * The outcome.
     *
     * @param valid       whether everything verified
     * @param entries     how many entries verified
     * @param checkpoints how many checkpoints verified
     * @param head        the hash of the last verified entry
     * @param message     what was verified, or the first problem
     */
    public record Result(boolean valid, long entries, int checkpoints, String head, String message) {
    }

    private static final String KEY_ROTATED = ProvenanceEventType.LEDGER_KEY_ROTATED.name();

    private final NoteVerifier pinned;
    private final Map<String, NoteVerifier> trusted = new LinkedHashMap<>();
    private final List<byte[]> leaves = new ArrayList<>();
    private final List<KeyRotation> rotations = new ArrayList<>();
    private final List<SignedCheckpoint> awaitingTrust = new ArrayList<>();
    private MerkleAccumulator accumulator = new MerkleAccumulator();
    private String previousHash = Sha256.ZERO.hex();
    private int checkpoints;
    private long latestCheckpointSize = -1;

    public OfflineVerifier(NoteVerifier pinned) {
        this.pinned = pinned;
        trusted.put(pinned.verifierKey(), pinned);
    }

    /** Verifies one export, read line by line. */
    public Result verify(BufferedReader export) throws IOException {
        String line;
        int lineNumber = 0;
        boolean inCheckpoints = false;
        while ((line = export.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + lineNumber;
            try {
                JsonObject record = parse(line);
                String type = record.getString("type", "");
                if ("entry".equals(type) && !inCheckpoints) {
                    where = "entry " + (leaves.size() + 1) + " (line " + lineNumber + ")";
                    entry(record);
                } else if ("checkpoint".equals(type)) {
                    inCheckpoints = true;
                    where = "checkpoint at line " + lineNumber;
                    awaitingTrust.add(new SignedCheckpoint(lineNumber, text(record, "note")));
                } else {
                    throw new Problem("an entry after the checkpoints, or a record of unknown type '" + type + "'");
                }
            } catch (Problem | JsonException | ClassCastException | ArithmeticException | IllegalArgumentException e) {
                return failed(where + ": " + e.getMessage());
            }
        }
        Optional<Result> checkpointProblem = verifyCheckpoints();
        if (checkpointProblem.isPresent()) {
            return checkpointProblem.get();
        }
        String covered = latestCheckpointSize == leaves.size() ? "all of them"
                : latestCheckpointSize + " of them (later entries are not signed yet)";
        String keys = trusted.size() == 1 ? "the pinned key " + describe(pinned)
                : trusted.size() + " keys (" + trusted.values().stream().map(OfflineVerifier::describe)
                        .collect(Collectors.joining(", ")) + ") tied to the pinned one by the ledger's key rotations";
        return new Result(true, leaves.size(), checkpoints, previousHash, "OK: " + leaves.size()
                + " entries chained and hashed correctly; " + checkpoints + " checkpoint(s) signed by " + keys
                + " match their Merkle roots; the latest covers " + covered);
    }

    /**
     * Verifies the checkpoints whose signer is trusted, learning keys from the rotations they cover, until no
     * further checkpoint can be tied to the pinned key.
     *
     * @return the first problem, if there is one
     */
    private Optional<Result> verifyCheckpoints() {
        awaitingTrust.sort(Comparator.comparingInt(SignedCheckpoint::line));
        boolean learned = true;
        while (learned) {
            learned = false;
            for (Iterator<SignedCheckpoint> pending = awaitingTrust.iterator(); pending.hasNext(); ) {
                SignedCheckpoint signed = pending.next();
                Optional<NoteVerifier> signer = trusted.values().stream().filter(key -> key.isNamedIn(signed.note()))
                        .findFirst();
                if (signer.isEmpty()) {
                    continue;
                }
                pending.remove();
                try {
                    long size = checkpoint(signer.get().open(signed.note()));
                    learned |= trustRotationsUpTo(size);
                } catch (Problem | InvalidNoteException | IllegalArgumentException e) {
                    return Optional.of(failed("checkpoint at line " + signed.line() + ": " + e.getMessage()));
                }
            }
        }
        if (!awaitingTrust.isEmpty()) {
            SignedCheckpoint first = awaitingTrust.get(0);
            return Optional.of(failed("checkpoint at line " + first.line() + ": it carries no signature by the pinned"
                    + " key " + describe(pinned) + " nor by a key the ledger's rotations tie to it"));
        }
        if (checkpoints == 0) {
            return Optional.of(failed("no checkpoint signed by " + describe(pinned)
                    + ": the export cannot be tied to the key"));
        }
        return Optional.empty();
    }

    /** Trusts the keys that rotations among the first {@code size} entries link to a trusted key. */
    private boolean trustRotationsUpTo(long size) {
        boolean learned = false;
        for (KeyRotation rotation : rotations) {
            if (rotation.seq() > size) {
                break;
            }
            boolean previousTrusted = trusted.containsKey(rotation.previous().verifierKey());
            boolean nextTrusted = trusted.containsKey(rotation.next().verifierKey());
            if (previousTrusted != nextTrusted) {
                NoteVerifier learnt = previousTrusted ? rotation.next() : rotation.previous();
                trusted.put(learnt.verifierKey(), learnt);
                learned = true;
            }
        }
        return learned;
    }

    /** Verifies an export held in memory. */
    public Result verify(String export) throws IOException {
        return verify(new BufferedReader(new StringReader(export)));
    }

    private void entry(JsonObject record) throws Problem {
        long expected = leaves.size() + 1L;
        byte[] canonical = Base64.getDecoder().decode(text(record, "canonical"));
        String text = new String(canonical, StandardCharsets.UTF_8);
        JsonObject entry = parse(text);
        if (!CanonicalJson.write(entry).equals(text)) {
            throw new Problem("its bytes are not in canonical form");
        }
        long seq = number(entry, "seq");
        if (seq != expected || number(record, "seq") != expected) {
            throw new Problem("expected entry " + expected + " but found entry " + seq
                    + " (entries missing, reordered or inserted)");
        }
        if (!text(entry, "prevHash").equals(previousHash)) {
            throw new Problem("its previous hash does not match the hash of entry " + (expected - 1));
        }
        String hash = Sha256.of(canonical).hex();
        if (!hash.equals(text(record, "entryHash"))) {
            throw new Problem("its contents do not match its hash");
        }
        previousHash = hash;
        leaves.add(MerkleHash.leaf(canonical));
        if (KEY_ROTATED.equals(text(entry, "type"))) {
            if (!(entry.get("payload") instanceof JsonObject payload)) {
                throw new Problem("it records a key rotation without a payload");
            }
            rotations.add(rotation(seq, payload));
        }
    }

    private static KeyRotation rotation(long seq, JsonObject payload) throws Problem {
        try {
            return new KeyRotation(seq, new NoteVerifier(text(payload, "previousVerifierKey")),
                    new NoteVerifier(text(payload, "verifierKey")));
        } catch (InvalidNoteException e) {
            throw new Problem("it records a key rotation with a malformed key: " + e.getMessage());
        }
    }

    /** Checks a checkpoint whose signature verified against the entries; returns the tree size it covers. */
    private long checkpoint(String body) throws Problem, InvalidNoteException {
        Checkpoint checkpoint = Checkpoint.parse(body);
        long size = checkpoint.treeSize();
        if (size > leaves.size()) {
            throw new Problem("it covers " + size + " entries but the export holds " + leaves.size());
        }
        if (size < accumulator.size()) {
            // Checkpoints normally come smallest first; start over for one that does not.
            accumulator = new MerkleAccumulator();
        }
        while (accumulator.size() < size) {
            accumulator.add(leaves.get(Math.toIntExact(accumulator.size())));
        }
        if (!Arrays.equals(accumulator.rootHash(), checkpoint.rootHash())) {
            throw new Problem("its root " + HexFormat.of().formatHex(checkpoint.rootHash())
                    + " is not the Merkle root of the first " + size + " entries");
        }
        checkpoints++;
        latestCheckpointSize = Math.max(latestCheckpointSize, size);
        return size;
    }

    private static String describe(NoteVerifier key) {
        return key.name() + "+" + key.keyIdHex();
    }

    private static String text(JsonObject object, String name) throws Problem {
        if (!(object.get(name) instanceof JsonString value)) {
            throw new Problem("the member '" + name + "' is missing or not a string");
        }
        return value.getString();
    }

    private static long number(JsonObject object, String name) throws Problem {
        if (!(object.get(name) instanceof JsonNumber value)) {
            throw new Problem("the member '" + name + "' is missing or not a number");
        }
        return value.longValueExact();
    }

    private Result failed(String message) {
        return new Result(false, leaves.size(), checkpoints, previousHash, "FAILED at " + message);
    }

    private static JsonObject parse(String json) {
        return CanonicalJson.parseObject(json);
    }

    /** A rotation entry: from then on {@code next} signs instead of {@code previous}. */
    private record KeyRotation(long seq, NoteVerifier previous, NoteVerifier next) {
    }

    /** A checkpoint line not yet tied to a trusted key. */
    private record SignedCheckpoint(int line, String note) {
    }

    /** A verification failure with its reason. */
    private static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
