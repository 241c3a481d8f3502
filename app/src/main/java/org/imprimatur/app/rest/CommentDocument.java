package org.imprimatur.app.rest;

import java.time.Instant;
import java.util.List;

import org.imprimatur.review.domain.ItemComment;
import org.imprimatur.review.domain.Mention;
import org.imprimatur.spi.check.Span;

/**
 * A comment as the API shows it.
 *
 * @param start    where the commented span begins in the revision's body; absent for a comment on the whole item
 * @param end      where it ends (exclusive)
 * @param mentions everyone mentioned; {@code known} is false for a name no user has
 */
public record CommentDocument(String id, int revision, Integer start, Integer end, String text, String author,
                              Instant createdAt, List<Mention> mentions) {

    static CommentDocument of(ItemComment comment) {
        return new CommentDocument(comment.id(), comment.revision(),
                comment.span().map(Span::start).orElse(null),
                comment.span().map(Span::end).orElse(null), comment.text(), comment.author(),
                comment.createdAt(), comment.mentions());
    }
}
