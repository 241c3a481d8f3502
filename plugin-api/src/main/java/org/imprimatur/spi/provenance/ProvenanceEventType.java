package org.imprimatur.spi.provenance;

/** What happened; the ledger stores the constant's name. New types are only ever added, never renamed. */
public enum ProvenanceEventType {
    /** An AI-generated item entered review. */
    ITEM_SUBMITTED,
    /** A reviewer approved an item. */
    ITEM_APPROVED,
    /** A reviewer rejected an item. */
    ITEM_REJECTED,
    /** A reviewer sent an item back for changes. */
    ITEM_CHANGES_REQUESTED,
    /** Someone wrote a new revision of an item; it is back in review. */
    ITEM_REVISED,
    /** A publisher withdrew a released item (a correction or takedown). */
    ITEM_WITHDRAWN,
    /** A publisher released an item. */
    ITEM_RELEASED,
    /** The ledger got a new signing key; the payload holds its verifier key, which auditors pin. */
    LEDGER_KEY_CREATED,
    /** The ledger's signing key was replaced; the payload holds the previous and the new verifier key. */
    LEDGER_KEY_ROTATED
}
