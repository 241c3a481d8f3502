package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.review.infrastructure.MentionsConverter;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.Sha256;

/**
 * A comment on an item, or on a span of one revision's text, with the people it mentions. Comments are never
 * changed once written.
 */
@Entity
@Table(name = "item_comment")
public class ItemComment {

    /** The longest comment taken: a note, not a revision. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "item_id", nullable = false, updatable = false, length = 36)
    private String itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revision;

    @Column(name = "span_start", updatable = false)
    private Integer spanStart;

    @Column(name = "span_end", updatable = false)
    private Integer spanEnd;

    @Lob
    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Lob
    @Convert(converter = MentionsConverter.class)
    @Column(name = "mentions", nullable = false, updatable = false)
    private List<Mention> mentions;

    @Column(name = "author", nullable = false, updatable = false, length = 200)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ItemComment() {
        // for JPA
    }

    private ItemComment(ContentItem item, int revision, Span span, String text, List<Mention> mentions,
                        String author, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.itemId = item.id().toString();
        this.revision = revision;
        this.spanStart = span == null ? null : span.start();
        this.spanEnd = span == null ? null : span.end();
        this.text = text;
        this.mentions = List.copyOf(mentions);
        this.author = author;
        this.createdAt = createdAt;
    }

    /**
     * Writes a comment. Editors, reviewers and publishers comment; a mention of a name nobody has is kept, marked
     * unknown, so that a typo neither loses the comment nor tells the wrong person.
     *
     * @param revision the revision commented on, or {@code null} for the current one
     * @param span     the part of that revision's body commented on, or {@code null} for the whole item
     * @param isUser   whether the identity source knows a user name
     * @throws TransitionRefusedException if the author may not comment, the text is blank or too long, the
     *                                    revision does not exist or the span does not lie within its body
     */
    public static ItemComment write(ContentItem item, Integer revision, Span span, String text,
                                    Predicate<String> isUser, Actor author, Instant now) {
        if (!author.hasRole(Role.EDITOR) && !author.hasRole(Role.REVIEWER) && !author.hasRole(Role.PUBLISHER)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE,
                    "Only editors, reviewers and publishers comment on items");
        }
        if (text == null || text.isBlank()) {
            throw refused("A comment needs a text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw refused("A comment has at most " + MAX_TEXT_LENGTH + " characters, this one has " + text.length());
        }
        Revision commented = revision == null ? item.currentRevision() : item.revisions().stream()
                .filter(r -> r.number() == revision).findFirst()
                .orElseThrow(() -> refused("The item has revisions 1 to " + item.currentRevision().number()
                        + ", not " + revision));
        if (span != null && (span.length() == 0 || span.end() > commented.body().length())) {
            throw refused("A span marks at least one character of revision " + commented.number() + "'s body, "
                    + "which has " + commented.body().length() + "; not [" + span.start() + ", " + span.end() + ")");
        }
        List<Mention> mentions = Mentions.in(text).stream().map(name -> new Mention(name, isUser.test(name)))
                .toList();
        return new ItemComment(item, commented.number(), span, text, mentions, author.name(), now);
    }

    private static TransitionRefusedException refused(String message) {
        return new TransitionRefusedException(Reason.INCOMPLETE_REQUEST, message);
    }

    public String id() {
        return id;
    }

    public String itemId() {
        return itemId;
    }

    /** The revision commented on. */
    public int revision() {
        return revision;
    }

    /** The part of the revision's body commented on; empty for a comment on the whole item. */
    public Optional<Span> span() {
        return spanStart == null ? Optional.empty() : Optional.of(new Span(spanStart, spanEnd));
    }

    public String text() {
        return text;
    }

    /** The digest of the text's UTF-8 bytes, as recorded in the ledger instead of the text. */
    public Sha256 textSha256() {
        return Sha256.ofUtf8(text);
    }

    /** Everyone mentioned, known or not, in the order first mentioned. */
    public List<Mention> mentions() {
        return mentions;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
