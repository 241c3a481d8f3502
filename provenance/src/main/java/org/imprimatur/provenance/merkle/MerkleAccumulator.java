package org.imprimatur.provenance.merkle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The root of a growing Merkle tree without keeping its leaves: the roots of the perfect subtrees its leaves form
 * so far (a "compact range"), at most log2(n) hashes. Appending is amortised O(1) and the root costs O(log n), which
 * is what lets the offline verifier check a checkpoint of a million-entry ledger in one pass. Gives the same roots as
 * {@link MerkleTree#rootHash(int)}.
 */
public final class MerkleAccumulator {

    private record Subtree(byte[] hash, int height) {
    }

    // Left to right; the last is the smallest and most recent.
    private final Deque<Subtree> subtrees = new ArrayDeque<>();
    private long size;

    public void add(byte[] leafHash) {
        Subtree right = new Subtree(leafHash, 0);
        while (!subtrees.isEmpty() && subtrees.peekLast().height() == right.height()) {
            Subtree left = subtrees.removeLast();
            right = new Subtree(MerkleHash.node(left.hash(), right.hash()), right.height() + 1);
        }
        subtrees.addLast(right);
        size++;
    }

    public long size() {
        return size;
    }

    /** The root of the tree of the leaves added so far. */
    public byte[] rootHash() {
        if (subtrees.isEmpty()) {
            return MerkleHash.empty();
        }
        Iterator<Subtree> fromRight = subtrees.descendingIterator();
        byte[] root = fromRight.next().hash();
        while (fromRight.hasNext()) {
            root = MerkleHash.node(fromRight.next().hash(), root);
        }
        return root;
    }
}
