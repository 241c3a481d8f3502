package org.imprimatur.provenance.ledger;

/**
 * The outcome of recomputing the ledger's hash chain.
 *
 * @param valid          whether every entry's hash and link recomputed as stored
 * @param entries        how many entries were checked
 * @param head           the hash of the last entry checked (the chain's head when valid)
 * @param firstBrokenSeq the sequence number of the first entry that failed, or {@code null} when valid
 * @param problem        what failed there, or {@code null} when valid
 */
public record LedgerVerification(boolean valid, long entries, String head, Long firstBrokenSeq, String problem) {
}
