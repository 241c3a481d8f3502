package org.imprimatur.provenance.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprimatur.provenance.checkpoint.Checkpoint;
import org.imprimatur.provenance.checkpoint.NoteSigner;
import org.imprimatur.provenance.checkpoint.SigningKeyStore;
import org.imprimatur.provenance.export.LedgerExport;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.provenance.ledger.LedgerFixtures;
import org.imprimatur.provenance.merkle.MerkleTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract: exit 0 only when everything verifies, 1 when something does not, 2 for misuse. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path export(NoteSigner signer, int entries) throws Exception {
        List<LedgerEntry> chain = LedgerFixtures.chain(entries);
        StringBuilder export = new StringBuilder();
        chain.forEach(entry -> export.append(LedgerExport.entryLine(entry)));
        byte[] root = new MerkleTree(chain.stream().map(LedgerEntry::leafHash).toList()).rootHash(entries);
        export.append(LedgerExport.checkpointLine(entries, signer.sign(new Checkpoint("log", entries, root).body())));
        return Files.writeString(dir.resolve("ledger.jsonl"), export);
    }

    @Test
    void exitsZeroWhenEverythingVerifies() throws Exception {
        NoteSigner signer = new SigningKeyStore(dir.resolve("k.p12"), "pw".toCharArray()).loadOrCreate("log");
        Path key = Files.writeString(dir.resolve("key.txt"), signer.verifierKey() + "\n");
        assertEquals(0, run("--ledger", export(signer, 12).toString(), "--key", key.toString()), err.toString());
        assertTrue(out.toString().startsWith("OK: 12 entries"), out.toString());
    }

    @Test
    void exitsOneNamingTheProblemWhenSomethingDoesNot() throws Exception {
        NoteSigner signer = new SigningKeyStore(dir.resolve("k.p12"), "pw".toCharArray()).loadOrCreate("log");
        NoteSigner other = new SigningKeyStore(dir.resolve("o.p12"), "pw".toCharArray()).loadOrCreate("log");
        Path key = Files.writeString(dir.resolve("key.txt"), other.verifierKey());
        assertEquals(1, run("--ledger", export(signer, 3).toString(), "--key", key.toString()));
        assertTrue(err.toString().startsWith("FAILED at checkpoint"), err.toString());
    }

    @Test
    void exitsTwoWhenUsedWrongly() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("--ledger", "only-this"));
        assertEquals(2, run("--ledger", dir.resolve("missing.jsonl").toString(), "--key",
                dir.resolve("missing.key").toString()));
        Path notAKey = Files.writeString(dir.resolve("bad.key"), "not a key");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        assertEquals(2, run("--ledger", empty.toString(), "--key", notAKey.toString()));
        assertTrue(err.toString().contains("does not hold a verifier key"), err.toString());
    }
}
