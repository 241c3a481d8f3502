package org.imprimatur.review.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.imprimatur.review.domain.CommentRepository;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ContentItemRepository;
import org.imprimatur.review.domain.ItemComment;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.Mention;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * Comments on items. The text stays in the comment's row; the ledger entry ({@code COMMENT_ADDED}) holds its digest,
 * where it sits and the user ids of the people it mentions, whom notifications then tell.
 */
@ApplicationScoped
public class Comments {

    @Inject
    private ContentItemRepository items;

    @Inject
    private CommentRepository comments;

    @Inject
    private UserDirectory users;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    /**
     * Adds a comment, as {@link ItemComment#write} allows, and records it.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws org.imprimatur.review.domain.TransitionRefusedException if the comment breaks a rule
     */
    @Transactional
    public ItemComment add(ItemId id, Integer revision, Span span, String text, Actor author) {
        ContentItem item = items.find(id).orElseThrow(() -> new ItemNotFoundException(id.toString()));
        ItemComment comment = ItemComment.write(item, revision, span, text, name -> users.find(name).isPresent(),
                author, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        comments.add(comment);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("commentId", comment.id());
        payload.put("revision", comment.revision());
        payload.put("span", comment.span().map(s -> Map.<String, Object>of("start", s.start(), "end", s.end()))
                .orElse(Map.of()));
        payload.put("mentions", comment.mentions().stream().filter(Mention::known).map(Mention::user).toList());
        payload.put("textSha256", comment.textSha256().hex());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.COMMENT_ADDED, author.name(), id.toString(),
                payload));
        return comment;
    }

    /**
     * An item's comments, oldest first.
     *
     * @throws ItemNotFoundException if there is no such item
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemComment> of(ItemId id) {
        items.find(id).orElseThrow(() -> new ItemNotFoundException(id.toString()));
        return comments.comments(id);
    }
}
