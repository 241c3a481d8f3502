package org.imprimatur.provenance.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tree of RFC 6962's reference data (the eight leaves that Certificate Transparency and transparency-dev/merkle
 * test with), whose roots at every size are published; the same roots appear in src/test/resources/merkle-vectors.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final MerkleTree TREE = new MerkleTree(
            LEAVES.stream().map(leaf -> MerkleHash.leaf(HEX.parseHex(leaf))).toList());

    @ParameterizedTest(name = "size {0}")
    @CsvSource({
            "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"})
    void rootsMatchTheReferenceTree(int size, String root) {
        assertEquals(root, HEX.formatHex(TREE.rootHash(size)));
    }

    @Test
    void theEmptyTreesRootIsTheHashOfNothing() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(TREE.rootHash(0)));
    }

    @Test
    void leafAndNodeHashesAreDomainSeparated() {
        byte[] left = MerkleHash.leaf(HEX.parseHex("00"));
        byte[] right = MerkleHash.leaf(HEX.parseHex("10"));
        // A leaf whose bytes are two hashes must not hash like the node over those hashes.
        byte[] concatenated = new byte[64];
        System.arraycopy(left, 0, concatenated, 0, 32);
        System.arraycopy(right, 0, concatenated, 32, 32);
        assertNotEquals(HEX.formatHex(MerkleHash.node(left, right)), HEX.formatHex(MerkleHash.leaf(concatenated)));
    }

    @Test
    void theInclusionPathOfLeafThreeInTheFullTreeIsRfc6962s() {
        // PATH(3, D[8]) = [leaf 2, node(0,1), node(4..7)]
        List<byte[]> path = TREE.inclusionProof(3, 8);
        assertEquals(3, path.size());
        assertArrayEquals(TREE.leafHash(2), path.get(0));
        assertArrayEquals(TREE.rootHash(2), path.get(1));
        assertArrayEquals(new MerkleTree(IntStream.range(4, 8).mapToObj(TREE::leafHash).toList()).rootHash(4),
                path.get(2));
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TREE.inclusionProof(8, 8));
        assertThrows(IllegalArgumentException.class, () -> TREE.inclusionProof(0, 9));
        assertThrows(IllegalArgumentException.class, () -> TREE.consistencyProof(0, 8));
        assertThrows(IllegalArgumentException.class, () -> TREE.consistencyProof(5, 4));
        assertThrows(IllegalArgumentException.class, () -> TREE.rootHash(9));
    }
}
