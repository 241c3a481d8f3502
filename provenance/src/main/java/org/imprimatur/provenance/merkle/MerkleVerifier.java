package org.imprimatur.provenance.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks RFC 9162 inclusion and consistency proofs (§2.1.3.2 and §2.1.4.2) without the tree: what an auditor runs
 * against a signed root, trusting nothing else the server says.
 */
public final class MerkleVerifier {

    private static final int HASH_LENGTH = 32;

    private MerkleVerifier() {
    }

    /**
     * Checks that {@code leafHash} is leaf {@code leafIndex} of the tree of {@code treeSize} leaves with root
     * {@code rootHash}.
     *
     * @throws InvalidProofException saying which check failed
     */
    public static void verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof,
                                       byte[] rootHash) throws InvalidProofException {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new InvalidProofException("leaf index " + leafIndex + " is outside a tree of size " + treeSize);
        }
        requireHashes(proof);
        if (leafHash.length != HASH_LENGTH || rootHash.length != HASH_LENGTH) {
            throw new InvalidProofException("the leaf hash and the root must be 32-byte SHA-256 hashes");
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new InvalidProofException("the proof is longer than a tree of size " + treeSize + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("the proof is shorter than a tree of size " + treeSize + " needs");
        }
        if (!Arrays.equals(r, rootHash)) {
            throw new InvalidProofException("the proof leads to another root");
        }
    }

    /**
     * Checks that the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree of {@code size2}
     * leaves with root {@code root2}. A consistency proof from the empty tree proves nothing and is refused.
     *
     * @throws InvalidProofException saying which check failed
     */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws InvalidProofException {
        if (size1 <= 0) {
            throw new InvalidProofException("a consistency proof needs a first tree of at least one leaf");
        }
        if (size2 < size1) {
            throw new InvalidProofException("the second tree (" + size2 + ") is smaller than the first (" + size1 + ")");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new InvalidProofException("trees of equal size need an empty proof");
            }
            if (!Arrays.equals(root1, root2)) {
                throw new InvalidProofException("trees of equal size must have equal roots");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new InvalidProofException("the proof is empty");
        }
        requireHashes(proof);
        List<byte[]> path = proof;
        if (Long.bitCount(size1) == 1) {
            // The first tree is a complete subtree of the second: its root is the proof's implicit first node.
            path = new ArrayList<>(proof.size() + 1);
            path.add(root1);
            path.addAll(proof);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new InvalidProofException("the proof is longer than the trees need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("the proof is shorter than the trees need");
        }
        if (!Arrays.equals(fr, root1)) {
            throw new InvalidProofException("the proof does not lead to the first root");
        }
        if (!Arrays.equals(sr, root2)) {
            throw new InvalidProofException("the proof does not lead to the second root");
        }
    }

    private static void requireHashes(List<byte[]> proof) throws InvalidProofException {
        for (byte[] node : proof) {
            if (node == null || node.length != HASH_LENGTH) {
                throw new InvalidProofException("a proof node is not a 32-byte SHA-256 hash");
            }
        }
    }
}
