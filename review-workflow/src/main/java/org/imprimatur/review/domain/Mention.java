package org.imprimatur.review.domain;

/**
 * A person named in a comment as {@code @name}.
 *
 * @param user  the user name as written, in lower case
 * @param known whether the identity source knows a user of that name; only known users are told, and only their
 *              names go to the ledger
 */
public record Mention(String user, boolean known) {
}
