package org.imprimatur.provenance.ledger;

import org.imprimatur.spi.content.Sha256;

/**
 * Walks ledger entries in sequence order and checks each against the one before: contiguous sequence numbers,
 * the stored previous hash equal to the previous entry's hash, and the stored hash equal to the one recomputed
 * from the entry's fields. Stops at the first failure.
 */
final class ChainVerifier {

    private long expectedSeq = 1;
    private Sha256 previousHash = Sha256.ZERO;
    private long checked;
    private Long brokenAt;
    private String problem;

    /**
     * Checks the next entry.
     *
     * @return whether to go on (false once a failure has been found)
     */
    boolean accept(LedgerEntry entry) {
        if (brokenAt != null) {
            return false;
        }
        String failure = check(entry);
        if (failure != null) {
            // A gap breaks the chain at the first missing number, anything else at the entry itself.
            brokenAt = entry.seq() != expectedSeq ? expectedSeq : entry.seq();
            problem = failure;
            return false;
        }
        checked++;
        expectedSeq++;
        previousHash = new Sha256(entry.entryHash());
        return true;
    }

    private String check(LedgerEntry entry) {
        if (entry.seq() != expectedSeq) {
            return "expected entry " + expectedSeq + " but found entry " + entry.seq() + " (entries missing)";
        }
        if (!entry.prevHash().equals(previousHash)) {
            return "its previous-hash does not match the hash of the entry before it";
        }
        if (!entry.payloadIsCanonical()) {
            return "its payload is not in the canonical form it was written in";
        }
        if (!entry.computeHash().hex().equals(entry.entryHash())) {
            return "its contents no longer match its hash";
        }
        return null;
    }

    /**
     * The result, given the head row's view of how long the chain should be.
     *
     * @param headSeq the sequence number the head row records
     */
    LedgerVerification result(long headSeq, String headHash) {
        if (brokenAt == null && checked != headSeq) {
            return new LedgerVerification(false, checked, previousHash.hex(), checked + 1,
                    "the head records " + headSeq + " entries but " + checked + " were found (entries deleted)");
        }
        if (brokenAt == null && !previousHash.hex().equals(headHash)) {
            return new LedgerVerification(false, checked, previousHash.hex(), checked,
                    "the last entry's hash does not match the head");
        }
        return new LedgerVerification(brokenAt == null, checked, previousHash.hex(), brokenAt, problem);
    }
}
