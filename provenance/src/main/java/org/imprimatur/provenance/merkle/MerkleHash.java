package org.imprimatur.provenance.merkle;

import java.security.MessageDigest;

import org.imprimatur.spi.content.Sha256;

/**
 * The two hashes of an RFC 9162 (RFC 6962) Merkle tree, with the domain-separation prefixes that keep a leaf from
 * ever passing for an inner node: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right).
 *
 * <p>Hashes are raw 32-byte arrays here: proofs over a large ledger hash millions of nodes.
 */
public final class MerkleHash {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleHash() {
    }

    /** The hash of a leaf whose entry has these bytes. */
    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(LEAF_PREFIX);
        digest.update(entry);
        return digest.digest();
    }

    /** The hash of an inner node over two children. */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The root of the empty tree: SHA-256 of nothing. */
    public static byte[] empty() {
        return Sha256.newDigest().digest();
    }
}
