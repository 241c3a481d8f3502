package org.imprimatur.provenance.merkle;

import java.util.List;

/**
 * An RFC 9162 consistency proof: the tree of {@code from} leaves with root {@code firstRoot} is a prefix of the tree
 * of {@code to} leaves with root {@code secondRoot} — nothing recorded before was changed or dropped.
 */
public record ConsistencyProof(long from, long to, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {

    public ConsistencyProof {
        proof = List.copyOf(proof);
    }

    /** Checks the proof on its own terms. */
    public void verify() throws InvalidProofException {
        MerkleVerifier.verifyConsistency(from, to, proof, firstRoot, secondRoot);
    }
}
