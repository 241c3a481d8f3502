package org.imprimatur.provenance.merkle;

import java.util.List;

/**
 * An RFC 9162 inclusion proof: leaf {@code leafIndex}, with hash {@code leafHash}, is in the tree of
 * {@code treeSize} leaves whose root is {@code rootHash}, as {@code auditPath} shows.
 */
public record InclusionProof(long leafIndex, long treeSize, byte[] leafHash, byte[] rootHash, List<byte[]> auditPath) {

    public InclusionProof {
        auditPath = List.copyOf(auditPath);
    }

    /** Checks the proof on its own terms. */
    public void verify() throws InvalidProofException {
        MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash, auditPath, rootHash);
    }
}
