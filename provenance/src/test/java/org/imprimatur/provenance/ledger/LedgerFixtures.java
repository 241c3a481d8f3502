package org.imprimatur.provenance.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;

/** Generated ledgers for tests outside this package, chained as {@link Ledger} chains them. */
public final class LedgerFixtures {

    private LedgerFixtures() {
    }

    /** A valid chain of {@code size} submissions, entries 1 to {@code size}. */
    public static List<LedgerEntry> chain(int size) {
        List<LedgerEntry> entries = new ArrayList<>(size);
        chain(size, entries::add);
        return entries;
    }

    /** The same chain, handed over entry by entry, for ledgers too large to hold. */
    public static void chain(int size, Consumer<LedgerEntry> consumer) {
        chain(IntStream.rangeClosed(1, size).mapToObj(LedgerFixtures::submission).iterator(), consumer);
    }

    /** A valid chain of these events, entries 1 to their number. */
    public static List<LedgerEntry> chain(List<ProvenanceEvent> events) {
        List<LedgerEntry> entries = new ArrayList<>(events.size());
        chain(events.iterator(), entries::add);
        return entries;
    }

    /** The submission that entry {@code seq} of a generated chain records. */
    public static ProvenanceEvent submission(int seq) {
        return new ProvenanceEvent(ProvenanceEventType.ITEM_SUBMITTED, "alice", "item-" + seq,
                Map.of("title", "Story " + seq, "revision", 1));
    }

    private static void chain(Iterator<ProvenanceEvent> events, Consumer<LedgerEntry> consumer) {
        Instant start = Instant.parse("2026-11-29T08:00:00Z");
        Sha256 previous = Sha256.ZERO;
        for (long seq = 1; events.hasNext(); seq++) {
            LedgerEntry entry = new LedgerEntry(seq, start.plusSeconds(seq), events.next(), previous);
            consumer.accept(entry);
            previous = new Sha256(entry.entryHash());
        }
    }
}
