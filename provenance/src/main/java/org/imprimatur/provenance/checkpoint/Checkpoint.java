package org.imprimatur.provenance.checkpoint;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the log's origin, its tree size and the Merkle root of
 * that tree, as the body of a signed note.
 *
 * @param origin   the log's unique name, e.g. {@code news.example/imprimatur}
 * @param treeSize how many entries the tree covers
 * @param rootHash the RFC 9162 root of those entries
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        if (origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("A checkpoint origin is one non-empty line");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("A tree size is not negative");
        }
        if (rootHash.length != 32) {
            throw new IllegalArgumentException("A root hash has 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The checkpoint's text: origin, decimal size and base64 root, one per line. */
    public String body() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /**
     * Reads a checkpoint from a signed note's text.
     *
     * @throws InvalidNoteException if the text is not a checkpoint
     */
    public static Checkpoint parse(String body) throws InvalidNoteException {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
            throw new InvalidNoteException("A checkpoint has an origin, a size and a root hash line");
        }
        try {
            long size = Long.parseLong(lines[1]);
            if (!lines[1].equals(Long.toString(size))) {
                throw new NumberFormatException("not in canonical decimal");
            }
            return new Checkpoint(lines[0], size, Base64.getDecoder().decode(lines[2]));
        } catch (IllegalArgumentException e) {
            throw new InvalidNoteException("Malformed checkpoint: " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash));
    }

    @Override
    public String toString() {
        return body();
    }
}
