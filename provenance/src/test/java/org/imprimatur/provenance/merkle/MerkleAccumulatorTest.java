package org.imprimatur.provenance.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class MerkleAccumulatorTest {

    @Property(tries = 200)
    void givesTheTreesRootAtEverySize(@ForAll @Size(min = 0, max = 130) List<@Size(max = 8) List<Byte>> entries) {
        List<byte[]> leaves = entries.stream().map(MerkleAccumulatorTest::leaf).toList();
        MerkleTree tree = new MerkleTree(leaves);
        MerkleAccumulator accumulator = new MerkleAccumulator();
        assertArrayEquals(tree.rootHash(0), accumulator.rootHash());
        for (int size = 1; size <= leaves.size(); size++) {
            accumulator.add(leaves.get(size - 1));
            assertEquals(size, accumulator.size());
            assertArrayEquals(tree.rootHash(size), accumulator.rootHash(), "size " + size);
        }
    }

    private static byte[] leaf(List<Byte> bytes) {
        byte[] entry = new byte[bytes.size()];
        for (int i = 0; i < entry.length; i++) {
            entry[i] = bytes.get(i);
        }
        return MerkleHash.leaf(entry);
    }
}
