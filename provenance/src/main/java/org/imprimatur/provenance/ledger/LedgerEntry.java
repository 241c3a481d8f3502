package org.imprimatur.provenance.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.provenance.merkle.MerkleHash;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;

/**
 * One entry of the provenance ledger: an event, who caused it and when, chained to the entry before it by hash.
 * Rows are only ever inserted; nothing in Imprimatur updates or deletes one.
 *
 * <p>The entry's hash is SHA-256 over its {@link #canonicalBytes() canonical bytes}, which include the previous
 * entry's hash, so changing any stored field of any entry breaks the chain from there on.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    private static final DateTimeFormatter TIME_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    @Id
    @Column(name = "seq", updatable = false)
    private long seq;

    /** ISO-8601 UTC, milliseconds: kept as text so that every database returns exactly what was hashed. */
    @Column(name = "recorded_at", nullable = false, updatable = false, length = 40)
    private String recordedAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(name = "item_id", updatable = false, length = 36)
    private String itemId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 60)
    private String eventType;

    /** The event's payload in canonical JSON. */
    @Lob
    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    protected LedgerEntry() {
        // for JPA
    }

    LedgerEntry(long seq, Instant recordedAt, ProvenanceEvent event, Sha256 prevHash) {
        this.seq = seq;
        this.recordedAt = formatTime(recordedAt);
        this.actor = event.actor();
        this.itemId = event.itemId();
        this.eventType = event.type().name();
        this.payload = CanonicalJson.write(CanonicalJson.toJson(event.payload()));
        this.prevHash = prevHash.hex();
        this.entryHash = computeHash().hex();
    }

    /**
     * The stored form of a time: ISO-8601 in UTC with exactly three fraction digits, so that the text of two times
     * compares as the times do (searches by time compare the stored text).
     */
    public static String formatTime(Instant instant) {
        return TIME_FORMAT.format(instant);
    }

    /** The bytes the entry hash is computed over: the canonical JSON of every field but the hash itself. */
    public byte[] canonicalBytes() {
        return CanonicalJson.write(fieldsButHash().build()).getBytes(StandardCharsets.UTF_8);
    }

    /** The entry's leaf hash in the ledger's Merkle tree: SHA-256(0x00 ‖ canonical bytes). */
    public byte[] leafHash() {
        return MerkleHash.leaf(canonicalBytes());
    }

    /** The entry's leaf index in the ledger's Merkle tree: entries are numbered from 1, leaves from 0. */
    public long leafIndex() {
        return seq - 1;
    }

    /** The entry as JSON: every stored field, the payload as the object it is. */
    public JsonObject toJson() {
        return fieldsButHash().add("entryHash", entryHash).build();
    }

    private JsonObjectBuilder fieldsButHash() {
        JsonObjectBuilder fields = CanonicalJson.objectBuilder()
                .add("seq", seq)
                .add("recordedAt", recordedAt)
                .add("actor", actor)
                .add("type", eventType)
                .add("payload", CanonicalJson.parseObject(payload))
                .add("prevHash", prevHash);
        return itemId == null ? fields.addNull("itemId") : fields.add("itemId", itemId);
    }

    /** Recomputes the hash from the stored fields. */
    public Sha256 computeHash() {
        return Sha256.of(canonicalBytes());
    }

    /** Whether the stored payload is exactly its own canonical form (an edit that only reformats is an edit). */
    boolean payloadIsCanonical() {
        JsonObject parsed = CanonicalJson.parseObject(payload);
        return CanonicalJson.write(parsed).equals(payload);
    }

    public long seq() {
        return seq;
    }

    public String recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public String itemId() {
        return itemId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Sha256 prevHash() {
        return new Sha256(prevHash);
    }

    /** The hash stored with the entry (which {@link #computeHash()} must reproduce). */
    public String entryHash() {
        return entryHash;
    }
}
