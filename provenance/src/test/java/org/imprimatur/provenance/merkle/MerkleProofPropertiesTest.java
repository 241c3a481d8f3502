package org.imprimatur.provenance.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Over random trees: every proof the tree makes verifies, and any change to a proof or its claim is caught. */
class MerkleProofPropertiesTest {

    /** A tree, one of its sizes and an index or smaller size within it. */
    record Case(MerkleTree tree, int size, int other) {
    }

    @Provide
    Arbitrary<Case> inclusionCases() {
        return trees().flatMap(tree -> Arbitraries.integers().between(1, tree.size()).flatMap(size ->
                Arbitraries.integers().between(0, size - 1).map(index -> new Case(tree, size, index))));
    }

    @Provide
    Arbitrary<Case> consistencyCases() {
        return trees().flatMap(tree -> Arbitraries.integers().between(1, tree.size()).flatMap(size ->
                Arbitraries.integers().between(1, size).map(first -> new Case(tree, size, first))));
    }

    private static Arbitrary<MerkleTree> trees() {
        Arbitrary<byte[]> leaf = Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(MerkleHash::leaf);
        return leaf.list().ofMinSize(1).ofMaxSize(300).map(MerkleTree::new);
    }

    @Property(tries = 300)
    void everyInclusionProofVerifies(@ForAll("inclusionCases") Case c) {
        MerkleTree tree = c.tree();
        assertDoesNotThrow(() -> MerkleVerifier.verifyInclusion(c.other(), c.size(), tree.leafHash(c.other()),
                tree.inclusionProof(c.other(), c.size()), tree.rootHash(c.size())));
    }

    @Property(tries = 300)
    void anInclusionProofForAnotherLeafOrRootFails(@ForAll("inclusionCases") Case c,
                                                   @ForAll @IntRange(min = 0, max = 255) int flip) {
        MerkleTree tree = c.tree();
        List<byte[]> proof = tree.inclusionProof(c.other(), c.size());
        byte[] root = tree.rootHash(c.size());
        byte[] otherLeaf = MerkleHash.leaf(new byte[] {(byte) flip, 1, 2, 3});
        assertThrows(InvalidProofException.class,
                () -> MerkleVerifier.verifyInclusion(c.other(), c.size(), otherLeaf, proof, root));
        byte[] otherRoot = flipped(root, flip);
        assertThrows(InvalidProofException.class, () -> MerkleVerifier.verifyInclusion(c.other(), c.size(),
                tree.leafHash(c.other()), proof, otherRoot));
        if (!proof.isEmpty()) {
            List<byte[]> forged = new ArrayList<>(proof);
            int at = flip % forged.size();
            forged.set(at, flipped(forged.get(at), flip));
            assertThrows(InvalidProofException.class, () -> MerkleVerifier.verifyInclusion(c.other(), c.size(),
                    tree.leafHash(c.other()), forged, root));
        }
    }

    @Property(tries = 300)
    void everyConsistencyProofVerifies(@ForAll("consistencyCases") Case c) {
        MerkleTree tree = c.tree();
        assertDoesNotThrow(() -> MerkleVerifier.verifyConsistency(c.other(), c.size(),
                tree.consistencyProof(c.other(), c.size()), tree.rootHash(c.other()), tree.rootHash(c.size())));
    }

    @Property(tries = 300)
    void aConsistencyProofAgainstAnotherRootFails(@ForAll("consistencyCases") Case c,
                                                  @ForAll @IntRange(min = 0, max = 255) int flip) {
        MerkleTree tree = c.tree();
        List<byte[]> proof = tree.consistencyProof(c.other(), c.size());
        byte[] first = tree.rootHash(c.other());
        byte[] second = tree.rootHash(c.size());
        assertThrows(InvalidProofException.class, () -> MerkleVerifier.verifyConsistency(c.other(), c.size(),
                proof, flipped(first, flip), second));
        assertThrows(InvalidProofException.class, () -> MerkleVerifier.verifyConsistency(c.other(), c.size(),
                proof, first, flipped(second, flip)));
    }

    @Property(tries = 100)
    void theRootOfAPrefixIsTheRootOfTheTreeOfThatPrefix(@ForAll("consistencyCases") Case c) {
        List<byte[]> prefix = new ArrayList<>();
        for (int i = 0; i < c.other(); i++) {
            prefix.add(c.tree().leafHash(i));
        }
        assertArrayEquals(new MerkleTree(prefix).rootHash(c.other()), c.tree().rootHash(c.other()));
    }

    /** The hash with one bit changed, chosen by {@code flip}. */
    private static byte[] flipped(byte[] hash, int flip) {
        byte[] changed = hash.clone();
        changed[flip % changed.length] ^= (byte) (1 << (flip % 8));
        return changed;
    }
}
