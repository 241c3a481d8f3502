package org.imprimatur.provenance.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs over a sequence of leaf hashes, exactly as RFC 9162 §2.1 defines them (MTH, PATH and PROOF), so
 * that any RFC 9162 verifier accepts what this produces.
 *
 * <p>The tree is given by its leaf hashes in order; sizes refer to prefixes of it, so the same instance answers for
 * every earlier tree size. Not thread-safe to build, safe to share once built (it is never changed).
 */
public final class MerkleTree {

    private final List<byte[]> leaves;

    /**
     * @param leafHashes the leaf hashes, in leaf-index order; the list is copied
     */
    public MerkleTree(List<byte[]> leafHashes) {
        this.leaves = List.copyOf(leafHashes);
    }

    public int size() {
        return leaves.size();
    }

    public byte[] leafHash(int index) {
        return leaves.get(index).clone();
    }

    /**
     * MTH(D[0:treeSize]): the root of the tree of the first {@code treeSize} leaves.
     *
     * @throws IllegalArgumentException if the tree has fewer leaves
     */
    public byte[] rootHash(int treeSize) {
        requireSize(treeSize);
        return treeSize == 0 ? MerkleHash.empty() : root(0, treeSize);
    }

    /**
     * PATH(leafIndex, D[0:treeSize]): the audit path proving that leaf {@code leafIndex} is in the tree of the first
     * {@code treeSize} leaves, from the leaf's sibling up.
     *
     * @throws IllegalArgumentException unless {@code 0 <= leafIndex < treeSize <= size()}
     */
    public List<byte[]> inclusionProof(int leafIndex, int treeSize) {
        requireSize(treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("Leaf " + leafIndex + " is not in a tree of " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, treeSize, path);
        return path;
    }

    /**
     * PROOF(fromSize, D[0:toSize]): the proof that the tree of the first {@code fromSize} leaves is a prefix of the
     * tree of the first {@code toSize}.
     *
     * @throws IllegalArgumentException unless {@code 0 < fromSize <= toSize <= size()}
     */
    public List<byte[]> consistencyProof(int fromSize, int toSize) {
        requireSize(toSize);
        if (fromSize <= 0 || fromSize > toSize) {
            throw new IllegalArgumentException("No consistency proof from size " + fromSize + " to " + toSize);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(fromSize, 0, toSize, true, proof);
        return proof;
    }

    private byte[] root(int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return MerkleHash.node(root(from, from + k), root(from + k, to));
    }

    private void path(int m, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, from, from + k, path);
            path.add(root(from + k, to));
        } else {
            path(m - k, from + k, to, path);
            path.add(root(from, from + k));
        }
    }

    private void subproof(int m, int from, int to, boolean completeSubtree, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!completeSubtree) {
                proof.add(root(from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, completeSubtree, proof);
            proof.add(root(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(root(from, from + k));
        }
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n > 1}. */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void requireSize(int treeSize) {
        if (treeSize < 0 || treeSize > leaves.size()) {
            throw new IllegalArgumentException("The tree has " + leaves.size() + " leaves, not " + treeSize);
        }
    }
}
