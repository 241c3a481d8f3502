package org.imprimatur.provenance.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        Sha256 previous = Sha256.ZERO;
        Instant start = Instant.parse("2026-11-29T08:00:00Z");
        for (int seq = 1; seq <= size; seq++) {
            LedgerEntry entry = new LedgerEntry(seq, start.plusSeconds(seq), new ProvenanceEvent(
                    ProvenanceEventType.ITEM_SUBMITTED, "alice", "item-" + seq,
                    Map.of("title", "Story " + seq, "revision", 1)), previous);
            entries.add(entry);
            previous = new Sha256(entry.entryHash());
        }
        return entries;
    }
}
