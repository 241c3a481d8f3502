package org.imprimatur.app.rest;

import java.time.Instant;

import org.imprimatur.review.domain.Revision;

/**
 * One revision of an item as its history lists it: who wrote it and when, without its text.
 *
 * @param number     counted from 1
 * @param author     the editor who submitted it (revision 1) or the person who wrote it
 * @param bodySha256 the SHA-256 of its body, as the ledger holds it
 */
public record RevisionDocument(int number, String title, String author, Instant createdAt, String bodySha256) {

    static RevisionDocument of(Revision revision) {
        return new RevisionDocument(revision.number(), revision.title(), revision.author(), revision.createdAt(),
                revision.bodySha256().hex());
    }
}
