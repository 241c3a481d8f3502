package org.imprimatur.provenance.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.imprimatur.provenance.checkpoint.Checkpoint;
import org.imprimatur.provenance.checkpoint.NoteSigner;
import org.imprimatur.provenance.checkpoint.NoteVerifier;
import org.imprimatur.provenance.checkpoint.SigningKeyStore;
import org.imprimatur.provenance.export.LedgerExport;
import org.imprimatur.provenance.ledger.LedgerEntry;
import org.imprimatur.provenance.ledger.LedgerFixtures;
import org.imprimatur.provenance.merkle.MerkleTree;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline verifier on generated exports: it accepts an untouched one, and names the exact first bad entry when
 * any single line is changed, deleted, moved or duplicated — at every position of a small ledger and at sampled
 * positions of a 10,000-entry one; it refuses checkpoints under another key or with a wrong root.
 */
class OfflineVerifierTest {

    private static final String ORIGIN = "news.example/imprimatur";
    private static final int SMALL = 30;
    private static final int LARGE = 10_000;

    private static NoteSigner signer;
    private static NoteSigner successor;
    private static NoteSigner impostor;
    private static List<String> small;
    private static List<String> large;

    @BeforeAll
    static void generate(@TempDir Path keys) throws Exception {
        signer = new SigningKeyStore(keys.resolve("a.p12"), "pw".toCharArray()).loadOrCreate(ORIGIN);
        impostor = new SigningKeyStore(keys.resolve("b.p12"), "pw".toCharArray()).loadOrCreate(ORIGIN);
        successor = new SigningKeyStore(keys.resolve("c.p12"), "pw".toCharArray()).loadOrCreate(ORIGIN);
        small = export(LedgerFixtures.chain(SMALL), signer, 10, SMALL);
        large = export(LedgerFixtures.chain(LARGE), signer, 1, 5_000, LARGE);
    }

    /** Entry lines, then a checkpoint line per size, as GET /api/v1/ledger/export writes them. */
    private static List<String> export(List<LedgerEntry> entries, NoteSigner key, int... checkpointSizes) {
        List<String> lines = new ArrayList<>();
        entries.forEach(entry -> lines.add(LedgerExport.entryLine(entry).strip()));
        for (int size : checkpointSizes) {
            lines.add(checkpointLine(entries, key, size));
        }
        return lines;
    }

    private static String checkpointLine(List<LedgerEntry> entries, NoteSigner key, int size) {
        MerkleTree tree = new MerkleTree(entries.stream().limit(size).map(LedgerEntry::leafHash).toList());
        String note = key.sign(new Checkpoint(ORIGIN, size, tree.rootHash(size)).body());
        return LedgerExport.checkpointLine(size, note).strip();
    }

    private static OfflineVerifier.Result verify(List<String> lines, NoteSigner key) throws Exception {
        return new OfflineVerifier(new NoteVerifier(key.verifierKey())).verify(String.join("\n", lines) + "\n");
    }

    @Test
    void anUntouchedExportVerifies() throws Exception {
        OfflineVerifier.Result result = verify(small, signer);
        assertTrue(result.valid(), result.message());
        assertEquals(SMALL, result.entries());
        assertEquals(2, result.checkpoints());
        assertTrue(result.message().contains("the latest covers all of them"), result.message());

        OfflineVerifier.Result largeResult = verify(large, signer);
        assertTrue(largeResult.valid(), largeResult.message());
        assertEquals(LARGE, largeResult.entries());
        assertEquals(3, largeResult.checkpoints());
    }

    /** A tampering of the export at entry {@code position} (1-based), and the entry the verifier must blame. */
    private enum Tampering {
        CHANGED((lines, at) -> {
            List<String> copy = new ArrayList<>(lines);
            copy.set(at - 1, withCanonical(copy.get(at - 1), text -> text.replace("\"Story " + at + "\"", "\"Story X\"")));
            return copy;
        }, 0),
        DELETED((lines, at) -> {
            List<String> copy = new ArrayList<>(lines);
            copy.remove(at - 1);
            return copy;
        }, 0),
        MOVED((lines, at) -> {
            List<String> copy = new ArrayList<>(lines);
            Collections.swap(copy, at - 1, at);
            return copy;
        }, 0),
        DUPLICATED((lines, at) -> {
            List<String> copy = new ArrayList<>(lines);
            copy.add(at, copy.get(at - 1));
            return copy;
        }, 1);

        final BiFunction<List<String>, Integer, List<String>> apply;
        /** How far after the tampered position the first bad entry is (a duplicate is the entry after it). */
        final int blameOffset;

        Tampering(BiFunction<List<String>, Integer, List<String>> apply, int blameOffset) {
            this.apply = apply;
            this.blameOffset = blameOffset;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHANGED", "DELETED", "MOVED", "DUPLICATED"})
    void everyTamperedPositionOfASmallLedgerIsNamed(String kind) throws Exception {
        Tampering tampering = Tampering.valueOf(kind);
        int last = tampering == Tampering.MOVED ? SMALL - 1 : SMALL;
        for (int at = 1; at <= last; at++) {
            assertBlamed(tampering, small, at);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHANGED", "DELETED", "MOVED", "DUPLICATED"})
    void tamperingWithALargeLedgerIsNamedWherever(String kind) throws Exception {
        Tampering tampering = Tampering.valueOf(kind);
        for (int at : IntStream.of(1, 5_001, LARGE - 1).toArray()) {
            assertBlamed(tampering, large, at);
        }
    }

    private static void assertBlamed(Tampering tampering, List<String> lines, int at) throws Exception {
        OfflineVerifier.Result result = verify(tampering.apply.apply(lines, at), signer);
        assertFalse(result.valid(), tampering + " at " + at + " went unnoticed");
        int entries = (int) lines.stream().filter(line -> line.contains("\"type\":\"entry\"")).count();
        if (tampering == Tampering.DELETED && at == entries) {
            // Nothing follows the last entry to break: the checkpoint that covers it notices it is gone.
            assertTrue(result.message().contains("covers " + entries + " entries but the export holds "
                    + (entries - 1)), result.message());
            return;
        }
        int blamed = at + tampering.blameOffset;
        assertTrue(result.message().startsWith("FAILED at entry " + blamed + " "),
                tampering + " at " + at + ": " + result.message());
    }

    @Test
    void checkpointsUnderAnotherKeyAreRefused() throws Exception {
        OfflineVerifier.Result result = verify(small, impostor);
        assertFalse(result.valid());
        assertTrue(result.message().contains("no signature by the pinned key " + ORIGIN), result.message());
    }

    @Test
    void aCheckpointWithAnotherRootIsRefusedEvenWhenProperlySigned() throws Exception {
        List<String> lines = new ArrayList<>(small);
        byte[] wrongRoot = new byte[32];
        lines.add(LedgerExport.checkpointLine(SMALL, signer.sign(new Checkpoint(ORIGIN, SMALL, wrongRoot).body())).strip());
        OfflineVerifier.Result result = verify(lines, signer);
        assertFalse(result.valid());
        assertTrue(result.message().contains("is not the Merkle root of the first " + SMALL + " entries"),
                result.message());
    }

    @Test
    void aForgedCheckpointNoteIsRefused() throws Exception {
        List<String> lines = new ArrayList<>(small);
        String last = lines.remove(lines.size() - 1);
        lines.add(last.replace("\\n" + SMALL + "\\n", "\\n" + (SMALL - 1) + "\\n"));
        OfflineVerifier.Result result = verify(lines, signer);
        assertFalse(result.valid());
        assertTrue(result.message().startsWith("FAILED at checkpoint"), result.message());
    }

    @Test
    void anExportWithoutCheckpointsIsNotTiedToTheKey() throws Exception {
        OfflineVerifier.Result result = verify(small.subList(0, SMALL), signer);
        assertFalse(result.valid());
        assertTrue(result.message().contains("no checkpoint"), result.message());
    }

    @Test
    void garbageIsAProblemNotACrash() throws Exception {
        List<String> lines = new ArrayList<>(small);
        lines.set(3, "{\"type\":\"entry\",\"seq\":4}");
        assertTrue(verify(lines, signer).message().startsWith("FAILED at entry 4 "));
        lines.set(3, "not json");
        assertTrue(verify(lines, signer).message().startsWith("FAILED at line 4"));
    }

    private static String withCanonical(String line, java.util.function.UnaryOperator<String> change) {
        JsonObject record = Json.createReader(new java.io.StringReader(line)).readObject();
        String canonical = new String(Base64.getDecoder().decode(record.getString("canonical")), StandardCharsets.UTF_8);
        return Json.createObjectBuilder(record).add("canonical", Base64.getEncoder()
                .encodeToString(change.apply(canonical).getBytes(StandardCharsets.UTF_8))).build().toString();
    }

    /**
     * Entries 1–10 and 12–20 are submissions; entry 11 rotates the key from {@code signer} to {@code successor}.
     * Each test adds the checkpoints its case needs.
     */
    @Nested
    class AfterAKeyRotation {

        private static final int ROTATION = 11;
        private static final int SIZE = 20;

        private final List<LedgerEntry> entries = LedgerFixtures.chain(IntStream.rangeClosed(1, SIZE)
                .mapToObj(seq -> seq == ROTATION ? rotation(signer, successor) : LedgerFixtures.submission(seq))
                .toList());

        @Test
        void anAuditorWhoPinnedTheOldKeyFollowsTheRotationForward() throws Exception {
            List<String> lines = export(entries, signer, 5, ROTATION);
            lines.add(checkpointLine(entries, successor, ROTATION));
            lines.add(checkpointLine(entries, successor, SIZE));

            OfflineVerifier.Result result = verify(lines, signer);

            assertTrue(result.valid(), result.message());
            assertEquals(4, result.checkpoints(), "the new key's checkpoints count once the rotation ties it");
            assertTrue(result.message().contains("2 keys"), result.message());
        }

        @Test
        void anAuditorWhoPinnedTheNewKeyFollowsItBack() throws Exception {
            List<String> lines = export(entries, signer, 5);
            lines.add(checkpointLine(entries, successor, SIZE));

            OfflineVerifier.Result result = verify(lines, successor);

            assertTrue(result.valid(), result.message());
            assertEquals(2, result.checkpoints());
        }

        @Test
        void aRotationThatNoCheckpointOfATrustedKeyCoversTiesNoKey() throws Exception {
            List<String> lines = export(entries, signer, 5);
            lines.add(checkpointLine(entries, successor, SIZE));

            OfflineVerifier.Result result = verify(lines, signer);

            assertFalse(result.valid(), "the old key never vouched for the rotation");
            assertTrue(result.message().startsWith("FAILED at checkpoint at line " + (SIZE + 2) + ": "),
                    result.message());
        }

        @Test
        void aKeyThatNoRotationNamesIsNotTrusted() throws Exception {
            List<String> lines = export(entries, signer, ROTATION);
            lines.add(checkpointLine(entries, successor, ROTATION));
            lines.add(checkpointLine(entries, impostor, SIZE));

            OfflineVerifier.Result result = verify(lines, signer);

            assertFalse(result.valid());
            assertTrue(result.message().startsWith("FAILED at checkpoint at line " + (SIZE + 3) + ": "),
                    result.message());
        }

        private static ProvenanceEvent rotation(NoteSigner from, NoteSigner to) {
            return new ProvenanceEvent(ProvenanceEventType.LEDGER_KEY_ROTATED, "admin", null,
                    Map.of("previousVerifierKey", from.verifierKey(), "verifierKey", to.verifierKey()));
        }
    }
}
