package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.imprimatur.review.domain.TransitionRefusedException.Reason;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.policy.ReviewAction;

/**
 * An AI-generated article or image on its way through review: its state, its revisions and who did what.
 *
 * <p>The review rules live here, not in a service: an item is born {@link ItemState#IN_REVIEW} (there is no
 * other way to create one), moves only along the transitions {@link #apply} allows, and never lets the person who
 * asked for the generation or wrote the latest revision approve or release it — whatever roles they hold.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    /** Longest title accepted; a headline, not an article. */
    public static final int MAX_TITLE_LENGTH = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ContentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private ItemState state;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 200)
    private String requestedBy;

    @Column(name = "approved_by", length = 200)
    private String approvedBy;

    @Column(name = "released_by", length = 200)
    private String releasedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Optimistic lock: of two concurrent transitions on the same item, the second to commit fails. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number ASC")
    private List<Revision> revisions = new ArrayList<>();

    protected ContentItem() {
        // for JPA
    }

    private ContentItem(ContentKind kind, Actor requester, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.state = ItemState.IN_REVIEW;
        this.requestedBy = requester.name();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Submits AI-generated content for review: the only way an item comes to exist, and always in
     * {@link ItemState#IN_REVIEW} with revision 1.
     *
     * @throws TransitionRefusedException if the requester is no editor or the content is incomplete
     */
    public static ContentItem submit(ContentKind kind, String title, String body, ModelCard modelCard,
                                     Actor requester, Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modelCard, "modelCard");
        if (!requester.hasRole(Role.EDITOR)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only an editor can submit content for review");
        }
        requireText(title, "title");
        requireText(body, "body");
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST,
                    "A title has at most " + MAX_TITLE_LENGTH + " characters, this one has " + title.length());
        }
        ContentItem item = new ContentItem(kind, requester, now);
        item.revisions.add(new Revision(item, 1, title, body, modelCard, requester.name(), now));
        return item;
    }

    /**
     * Moves the item along one transition.
     *
     * @param action           what is asked
     * @param actor            who asks
     * @param reason           why; required to reject
     * @param expectedRevision the revision the actor looked at, or {@code null} to act on whatever is current
     * @param now              the time of the transition
     * @return the state the item is in afterwards
     * @throws TransitionRefusedException if the workflow does not allow it; nothing changed then
     */
    public ItemState apply(ReviewAction action, Actor actor, String reason, Integer expectedRevision, Instant now) {
        if (expectedRevision != null && expectedRevision != currentRevision().number()) {
            throw new TransitionRefusedException(Reason.STALE_REVISION, "You acted on revision " + expectedRevision
                    + " but the item is at revision " + currentRevision().number() + "; reload it and try again");
        }
        switch (action) {
            case APPROVE -> {
                require(actor, Role.REVIEWER, action);
                requireState(ItemState.IN_REVIEW, action);
                requireFourEyes(actor, action);
                approvedBy = actor.name();
                state = ItemState.APPROVED;
            }
            case REJECT -> {
                require(actor, Role.REVIEWER, action);
                requireState(ItemState.IN_REVIEW, action);
                if (reason == null || reason.isBlank()) {
                    throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST, "A rejection needs a reason");
                }
                state = ItemState.REJECTED;
            }
            case RELEASE -> {
                require(actor, Role.PUBLISHER, action);
                requireState(ItemState.APPROVED, action);
                requireFourEyes(actor, action);
                releasedBy = actor.name();
                state = ItemState.RELEASED;
            }
            default -> throw new TransitionRefusedException(Reason.UNSUPPORTED_ACTION,
                    "The action '" + action.wireName() + "' is not available in this version of Imprimatur");
        }
        updatedAt = now;
        return state;
    }

    private static void require(Actor actor, String role, ReviewAction action) {
        if (!actor.hasRole(role)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE,
                    "Only a " + role + " can " + action.wireName() + " an item");
        }
    }

    private void requireState(ItemState expected, ReviewAction action) {
        if (state != expected) {
            throw new TransitionRefusedException(Reason.ILLEGAL_STATE, "An item in state " + state + " cannot be "
                    + pastTense(action) + "; only an item in state " + expected + " can");
        }
    }

    private void requireFourEyes(Actor actor, ReviewAction action) {
        String name = actor.name();
        if (name.equals(requestedBy) || name.equals(currentRevision().author())) {
            throw new TransitionRefusedException(Reason.FOUR_EYES, "Four eyes: " + name
                    + " requested or wrote this item and so cannot " + action.wireName() + " it; someone else must");
        }
    }

    private static String pastTense(ReviewAction action) {
        return switch (action) {
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case RELEASE -> "released";
            case WITHDRAW -> "withdrawn";
            case REQUEST_CHANGES -> "sent back for changes";
        };
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST, "Submitted content needs a " + field);
        }
    }

    public ItemId id() {
        return ItemId.parse(id);
    }

    public ContentKind kind() {
        return kind;
    }

    public ItemState state() {
        return state;
    }

    public String requestedBy() {
        return requestedBy;
    }

    /** Who approved it, if anyone has. */
    public String approvedBy() {
        return approvedBy;
    }

    /** Who released it, if anyone has. */
    public String releasedBy() {
        return releasedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Revision currentRevision() {
        return revisions.get(revisions.size() - 1);
    }

    /** Every revision, oldest first. */
    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public ContentItemView view() {
        return new ContentItemView(id(), state, requestedBy, currentRevision().view());
    }
}
