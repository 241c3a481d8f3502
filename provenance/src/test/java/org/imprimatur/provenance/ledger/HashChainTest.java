package org.imprimatur.provenance.ledger;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger's hash chain: how an entry's hash is made, and that {@link ChainVerifier} notices every kind of change
 * someone could make to the stored rows directly in the database.
 */
class HashChainTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00.123Z");
    private static final String ITEM_ID = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    private static final ProvenanceEventType[] TYPES = {
            ProvenanceEventType.ITEM_SUBMITTED, ProvenanceEventType.ITEM_APPROVED,
            ProvenanceEventType.ITEM_RELEASED, ProvenanceEventType.ITEM_REJECTED};

    // ---------------------------------------------------------------------------------------------------------
    // an intact chain

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 25})
    void freshlyBuiltChainVerifiesWithEveryEntryCountedAndTheLastHashAsHead(int n) {
        List<LedgerEntry> chain = chain(n);
        LedgerEntry last = chain.get(n - 1);

        LedgerVerification result = verify(chain, n, last.entryHash());

        assertAll(
                () -> assertTrue(result.valid(), () -> "unexpected problem: " + result.problem()),
                () -> assertEquals(n, result.entries()),
                () -> assertEquals(last.entryHash(), result.head()),
                () -> assertNull(result.firstBrokenSeq()),
                () -> assertNull(result.problem()));
    }

    @Test
    void eachEntryPointsAtTheHashOfTheEntryBeforeItAndTheFirstAtZero() {
        List<LedgerEntry> chain = chain(4);

        assertEquals(Sha256.ZERO, chain.get(0).prevHash());
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(chain.get(i - 1).entryHash(), chain.get(i).prevHash().hex(), "prev hash of entry " + (i + 1));
        }
    }

    @Test
    void emptyLedgerWithAZeroHeadIsValid() {
        LedgerVerification result = verify(List.of(), 0, Sha256.ZERO.hex());

        assertAll(
                () -> assertTrue(result.valid(), () -> "unexpected problem: " + result.problem()),
                () -> assertEquals(0, result.entries()),
                () -> assertEquals(Sha256.ZERO.hex(), result.head()),
                () -> assertNull(result.firstBrokenSeq()),
                () -> assertNull(result.problem()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // how an entry's hash is made

    @Test
    void entryHashIsSha256OfTheCanonicalBytes() throws Exception {
        for (LedgerEntry entry : chain(3)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(entry.canonicalBytes());
            String independentlyComputed = HexFormat.of().formatHex(digest);

            assertEquals(independentlyComputed, entry.entryHash(), "entry " + entry.seq());
            assertEquals(independentlyComputed, entry.computeHash().hex(), "entry " + entry.seq());
        }
    }

    @Test
    void canonicalBytesCoverEveryFieldButTheHashItself() {
        Sha256 prev = Sha256.ofUtf8("some earlier entry");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", "Budget passes");
        payload.put("revision", 1);
        LedgerEntry entry = new LedgerEntry(7, START,
                new ProvenanceEvent(ProvenanceEventType.ITEM_SUBMITTED, "erin", ITEM_ID, payload), prev);

        String canonical = new String(entry.canonicalBytes(), StandardCharsets.UTF_8);

        assertEquals("{\"revision\":1,\"title\":\"Budget passes\"}", entry.payload());
        assertEquals("{\"actor\":\"erin\",\"itemId\":\"" + ITEM_ID + "\",\"payload\":" + entry.payload()
                        + ",\"prevHash\":\"" + prev.hex() + "\",\"recordedAt\":\"2025-03-01T09:00:00.123Z\""
                        + ",\"seq\":7,\"type\":\"ITEM_SUBMITTED\"}",
                canonical);
        assertFalse(canonical.contains(entry.entryHash()), "an entry's hash cannot cover itself");
    }

    @Test
    void entryAboutNoItemHashesTheItemIdAsNull() {
        LedgerEntry entry = new LedgerEntry(1, START,
                new ProvenanceEvent(ProvenanceEventType.ITEM_SUBMITTED, "erin", null, Map.of()), Sha256.ZERO);

        String canonical = new String(entry.canonicalBytes(), StandardCharsets.UTF_8);

        assertTrue(canonical.contains("\"itemId\":null"), canonical);
        assertTrue(canonical.contains("\"payload\":{}"), canonical);
        assertTrue(verify(List.of(entry), 1, entry.entryHash()).valid());
    }

    @Test
    void sameEventAfterADifferentPreviousEntryHashesDifferently() {
        ProvenanceEvent event = event(2);

        LedgerEntry afterOne = new LedgerEntry(2, START, event, Sha256.ofUtf8("one history"));
        LedgerEntry afterAnother = new LedgerEntry(2, START, event, Sha256.ofUtf8("another history"));

        assertNotEquals(afterOne.entryHash(), afterAnother.entryHash());
    }

    @Test
    void payloadIsStoredInCanonicalFormWhateverTheMapOrder() {
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("a", 1);
        forward.put("b", 2);
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("b", 2);
        backward.put("a", 1);

        LedgerEntry one = new LedgerEntry(1, START,
                new ProvenanceEvent(ProvenanceEventType.ITEM_APPROVED, "rita", ITEM_ID, forward), Sha256.ZERO);
        LedgerEntry other = new LedgerEntry(1, START,
                new ProvenanceEvent(ProvenanceEventType.ITEM_APPROVED, "rita", ITEM_ID, backward), Sha256.ZERO);

        assertEquals("{\"a\":1,\"b\":2}", one.payload());
        assertEquals(one.payload(), other.payload());
        assertEquals(one.entryHash(), other.entryHash());
    }

    // ---------------------------------------------------------------------------------------------------------
    // rows changed in the database

    @Test
    void changingAPayloadBreaksTheChainAtThatEntry() {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();
        LedgerEntry second = chain.get(1);
        String tampered = second.payload().replace("\"Title 2\"", "\"Title 2, corrected\"");
        assertNotEquals(second.payload(), tampered, "the test must really change the payload");

        overwrite(second, "payload", tampered);
        LedgerVerification result = verify(chain, 4, headHash);

        assertBrokenAt(result, 2, 1, chain.get(0).entryHash());
        assertTrue(result.problem().contains("hash"), result.problem());
    }

    @Test
    void changingTheActorBreaksTheChainAtThatEntry() {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();

        overwrite(chain.get(2), "actor", "someone-else");
        LedgerVerification result = verify(chain, 4, headHash);

        assertBrokenAt(result, 3, 2, chain.get(1).entryHash());
    }

    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', value = {
            "recordedAt | 2025-03-01T09:00:01.124Z",
            "actor      | mallory",
            "itemId     | 00000000-0000-0000-0000-000000000000",
            "eventType  | ITEM_REJECTED",
            "payload    | {\"revision\":2,\"title\":\"Something else\"}",
    })
    void changingAnyStoredFieldBreaksTheChainAtThatEntry(String field, String newValue) {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();
        LedgerEntry second = chain.get(1);
        assertNotEquals(newValue, readField(second, field), "the test must really change " + field);

        overwrite(second, field, newValue);
        LedgerVerification result = verify(chain, 4, headHash);

        assertBrokenAt(result, 2, 1, chain.get(0).entryHash());
    }

    @Test
    void renumberingAnEntryBreaksTheChainThere() {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();

        overwrite(chain.get(1), "seq", 22L);
        LedgerVerification result = verify(chain, 4, headHash);

        assertBrokenAt(result, 2, 1, chain.get(0).entryHash());
        assertTrue(result.problem().contains("expected entry 2"), result.problem());
    }

    @Test
    void rewritingTheEntryHashAfterTamperingBreaksTheLinkToTheNextEntry() {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();
        LedgerEntry second = chain.get(1);

        overwrite(second, "payload", second.payload().replace("\"Title 2\"", "\"Title 2, corrected\""));
        overwrite(second, "entryHash", second.computeHash().hex());
        assertEquals(second.computeHash().hex(), second.entryHash(), "entry 2 now looks consistent on its own");

        LedgerVerification result = verify(chain, 4, headHash);

        assertBrokenAt(result, 3, 2, second.entryHash());
        assertTrue(result.problem().contains("previous-hash"), result.problem());
    }

    @Test
    void rewritingEveryLaterHashIsStillCaughtByTheHeadRow() {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();

        overwrite(chain.get(1), "payload", chain.get(1).payload().replace("\"Title 2\"", "\"Title 2, corrected\""));
        Sha256 prev = new Sha256(chain.get(0).entryHash());
        for (LedgerEntry entry : chain.subList(1, 4)) {
            overwrite(entry, "prevHash", prev.hex());
            overwrite(entry, "entryHash", entry.computeHash().hex());
            prev = new Sha256(entry.entryHash());
        }
        assertNotEquals(headHash, chain.get(3).entryHash());

        LedgerVerification result = verify(chain, 4, headHash);

        assertFalse(result.valid());
        assertEquals(4, result.entries());
        assertEquals(4L, result.firstBrokenSeq());
        assertTrue(result.problem().contains("head"), result.problem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reformattings")
    void reformattingAPayloadWithoutChangingItsValueIsStillAnEdit(String how, UnaryOperator<String> reformat) {
        List<LedgerEntry> chain = chain(4);
        String headHash = chain.get(3).entryHash();
        LedgerEntry second = chain.get(1);
        String original = second.payload();
        String reformatted = reformat.apply(original);
        assertNotEquals(original, reformatted, "the test must really change the text");
        assertEquals(CanonicalJson.parseObject(original), CanonicalJson.parseObject(reformatted),
                "the test must keep the JSON value");

        overwrite(second, "payload", reformatted);

        // the hash alone cannot see it: it is computed over the re-canonicalised payload
        assertEquals(second.entryHash(), second.computeHash().hex());
        LedgerVerification result = verify(chain, 4, headHash);
        assertBrokenAt(result, 2, 1, chain.get(0).entryHash());
        assertTrue(result.problem().contains("canonical"), result.problem());
    }

    static Stream<Arguments> reformattings() {
        UnaryOperator<String> prettyPrinted = json -> {
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.writeObject(CanonicalJson.parseObject(json));
            }
            return out.toString();
        };
        UnaryOperator<String> padded = json -> " " + json + "\n";
        UnaryOperator<String> spaceAfterFirstColon = json -> json.replaceFirst(":", ": ");
        UnaryOperator<String> membersReversed = json -> {
            List<String> names = new ArrayList<>(CanonicalJson.parseObject(json).keySet());
            StringBuilder out = new StringBuilder("{");
            for (int i = names.size() - 1; i >= 0; i--) {
                String name = names.get(i);
                out.append(CanonicalJson.write(Json.createValue(name))).append(':')
                        .append(CanonicalJson.write(CanonicalJson.parseObject(json).get(name)));
                out.append(i > 0 ? "," : "}");
            }
            return out.toString();
        };
        return Stream.of(
                Arguments.of("pretty-printed", prettyPrinted),
                Arguments.of("padded with whitespace", padded),
                Arguments.of("one space after a colon", spaceAfterFirstColon),
                Arguments.of("members in reverse order", membersReversed));
    }

    @Test
    void missingEntryIsReportedByTheSequenceNumberThatIsGone() {
        List<LedgerEntry> chain = new ArrayList<>(chain(4));
        String headHash = chain.get(3).entryHash();
        chain.remove(1);

        LedgerVerification result = verify(chain, 4, headHash);

        assertFalse(result.valid());
        assertEquals(1, result.entries());
        assertEquals(chain.get(0).entryHash(), result.head());
        assertTrue(result.problem().contains("expected entry 2"), result.problem());
        // the chain breaks at the first missing number
        assertEquals(2L, result.firstBrokenSeq());
    }

    @Test
    void headRecordingMoreEntriesThanThereAreMeansTheTailWasDeleted() {
        List<LedgerEntry> chain = new ArrayList<>(chain(4));
        String headHash = chain.get(3).entryHash();
        chain.remove(3);

        LedgerVerification result = verify(chain, 4, headHash);

        assertFalse(result.valid());
        assertEquals(3, result.entries());
        assertEquals(chain.get(2).entryHash(), result.head());
        assertEquals(4L, result.firstBrokenSeq());
        assertTrue(result.problem().contains("4") && result.problem().contains("3"), result.problem());
    }

    @Test
    void emptyLedgerWhoseHeadRecordsEntriesWasEmptiedByHand() {
        LedgerVerification result = verify(List.of(), 2, Sha256.ofUtf8("whatever").hex());

        assertFalse(result.valid());
        assertEquals(0, result.entries());
        assertEquals(1L, result.firstBrokenSeq());
    }

    @Test
    void lastEntryWhoseHashDiffersFromTheHeadIsReported() {
        List<LedgerEntry> chain = chain(3);

        LedgerVerification result = verify(chain, 3, Sha256.ofUtf8("a different head").hex());

        assertFalse(result.valid());
        assertEquals(3, result.entries());
        assertEquals(chain.get(2).entryHash(), result.head());
        assertTrue(result.problem().contains("head"), result.problem());
    }

    @Test
    void chainThatDoesNotStartAtTheZeroHashIsBrokenAtItsFirstEntry() {
        LedgerEntry first = new LedgerEntry(1, START, event(1), Sha256.ofUtf8("forged genesis"));

        LedgerVerification result = verify(List.of(first), 1, first.entryHash());

        assertBrokenAt(result, 1, 0, Sha256.ZERO.hex());
    }

    @Test
    void verifierStopsAtTheFirstFailureAndReportsIt() {
        List<LedgerEntry> chain = chain(5);
        String headHash = chain.get(4).entryHash();
        overwrite(chain.get(1), "actor", "mallory");
        overwrite(chain.get(3), "actor", "mallory");

        ChainVerifier verifier = new ChainVerifier();
        List<Boolean> goOn = new ArrayList<>();
        for (LedgerEntry entry : chain) {
            goOn.add(verifier.accept(entry));
        }
        LedgerVerification result = verifier.result(5, headHash);

        assertEquals(List.of(true, false, false, false, false), goOn);
        assertBrokenAt(result, 2, 1, chain.get(0).entryHash());
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /** A chain of {@code n} entries, linked from {@link Sha256#ZERO}, as the ledger appends them. */
    private static List<LedgerEntry> chain(int n) {
        List<LedgerEntry> entries = new ArrayList<>();
        Sha256 prev = Sha256.ZERO;
        for (int seq = 1; seq <= n; seq++) {
            LedgerEntry entry = new LedgerEntry(seq, START.plusSeconds(seq).plusMillis(seq), event(seq), prev);
            entries.add(entry);
            prev = new Sha256(entry.entryHash());
        }
        return entries;
    }

    private static ProvenanceEvent event(int seq) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", "Title " + seq);
        payload.put("revision", seq);
        return new ProvenanceEvent(TYPES[(seq - 1) % TYPES.length], "user-" + seq, ITEM_ID, payload);
    }

    /** Runs the verifier over the entries as {@link Ledger#verify()} does, then asks for the result. */
    private static LedgerVerification verify(List<LedgerEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (LedgerEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result(headSeq, headHash);
    }

    private static void assertBrokenAt(LedgerVerification result, long brokenSeq, long entriesChecked,
                                       String lastGoodHash) {
        assertAll(
                () -> assertFalse(result.valid(), "the chain should be broken"),
                () -> assertEquals(brokenSeq, result.firstBrokenSeq(), () -> "problem: " + result.problem()),
                () -> assertEquals(entriesChecked, result.entries()),
                () -> assertEquals(lastGoodHash, result.head()),
                () -> assertTrue(result.problem() != null && !result.problem().isBlank(), "a problem is named"));
    }

    /** Changes a stored column behind the entity's back, as an UPDATE run directly in the database would. */
    private static void overwrite(LedgerEntry entry, String fieldName, Object value) {
        try {
            Field field = LedgerEntry.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set LedgerEntry." + fieldName, e);
        }
    }

    private static Object readField(LedgerEntry entry, String fieldName) {
        try {
            Field field = LedgerEntry.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(entry);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read LedgerEntry." + fieldName, e);
        }
    }
}
