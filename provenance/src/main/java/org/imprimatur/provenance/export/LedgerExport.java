package org.imprimatur.provenance.export;

import java.util.Base64;


import org.imprimatur.provenance.checkpoint.LedgerCheckpoint;
import org.imprimatur.provenance.ledger.CanonicalJson;
import org.imprimatur.provenance.ledger.LedgerEntry;

/**
 * The ledger export format, JSON lines (one JSON object per line), read by the offline verifier:
 * <pre>
 * {"type":"entry","seq":1,"entryHash":"&lt;hex&gt;","canonical":"&lt;base64 of the bytes that are hashed&gt;"}
 * …every entry in sequence order…
 * {"type":"checkpoint","treeSize":n,"note":"&lt;the signed note&gt;"}
 * …every checkpoint signed with the current key, smallest tree first…
 * </pre>
 * Everything the verifier needs is in the canonical bytes (which hold each entry's previous hash) and the signed
 * notes; {@code seq} and {@code entryHash} are the server's claims, which the verifier checks against them.
 */
public final class LedgerExport {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    private static final String ENTRY = "entry";
    private static final String CHECKPOINT = "checkpoint";

    private LedgerExport() {
    }

    public static String entryLine(LedgerEntry entry) {
        return CanonicalJson.objectBuilder()
                .add("type", ENTRY)
                .add("seq", entry.seq())
                .add("entryHash", entry.entryHash())
                .add("canonical", Base64.getEncoder().encodeToString(entry.canonicalBytes()))
                .build() + "\n";
    }

    public static String checkpointLine(LedgerCheckpoint checkpoint) {
        return checkpointLine(checkpoint.treeSize(), checkpoint.note());
    }

    public static String checkpointLine(long treeSize, String signedNote) {
        return CanonicalJson.objectBuilder()
                .add("type", CHECKPOINT)
                .add("treeSize", treeSize)
                .add("note", signedNote)
                .build() + "\n";
    }
}
