package org.imprimatur.provenance.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        Sha256 previous = Sha256.ZERO;
        Instant start = Instant.parse("2026-11-29T08:00:00Z");
        for (int seq = 1; seq <= size; seq++) {
            LedgerEntry entry = new LedgerEntry(seq, start.plusSeconds(seq), new ProvenanceEvent(
                    ProvenanceEventType.ITEM_SUBMITTED, "alice", "item-" + seq,
                    Map.of("title", "Story " + seq, "revision", 1)), previous);
            consumer.accept(entry);
            previous = new Sha256(entry.entryHash());
        }
    }
}
