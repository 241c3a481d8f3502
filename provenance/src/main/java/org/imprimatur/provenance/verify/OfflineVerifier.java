package org.imprimatur.provenance.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

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

/**
 * Verifies a ledger export ({@link org.imprimatur.provenance.export.LedgerExport}) against a pinned verifier key,
 * trusting nothing but the key: every entry's bytes are canonical and hash as claimed, each names the previous
 * entry's hash, sequence numbers run 1, 2, 3… without gaps, every checkpoint is signed by the key, and each
 * checkpoint's root is the Merkle root of the entries it covers. Stops at the first problem and says exactly where.
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

    private final NoteVerifier key;
    private final List<byte[]> leaves = new ArrayList<>();
    private MerkleAccumulator accumulator = new MerkleAccumulator();
    private String previousHash = Sha256.ZERO.hex();
    private int checkpoints;
    private long latestCheckpointSize = -1;

    public OfflineVerifier(NoteVerifier key) {
        this.key = key;
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
                    checkpoint(record);
                } else {
                    throw new Problem("an entry after the checkpoints, or a record of unknown type '" + type + "'");
                }
            } catch (Problem | InvalidNoteException | JsonException | ClassCastException | ArithmeticException
                     | IllegalArgumentException e) {
                return failed(where + ": " + e.getMessage());
            }
        }
        if (checkpoints == 0) {
            return failed("no checkpoint signed by " + key.name() + ": the export cannot be tied to the key");
        }
        String covered = latestCheckpointSize == leaves.size() ? "all of them"
                : latestCheckpointSize + " of them (later entries are not signed yet)";
        return new Result(true, leaves.size(), checkpoints, previousHash, "OK: " + leaves.size()
                + " entries chained and hashed correctly; " + checkpoints + " checkpoint(s) signed by " + key.name()
                + " match their Merkle roots; the latest covers " + covered);
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
    }

    private void checkpoint(JsonObject record) throws Problem, InvalidNoteException {
        Checkpoint checkpoint = Checkpoint.parse(key.open(text(record, "note")));
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

    /** A verification failure with its reason. */
    private static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
