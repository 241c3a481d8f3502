package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.policy.ReviewAction;
import org.imprimatur.spi.source.Attribution;

/**
 * An AI-generated article or image on its way through review: its state, its revisions and who did what.
 *
 * <p>The review rules live here, not in a service: an item is born {@link ItemState#IN_REVIEW} (there is no
 * other way to create one), moves only along the transitions {@link #apply} allows, and never lets the person who
 * asked for the generation or wrote the latest revision approve or release it — whatever roles they hold. An
 * approval is one reviewer's, for one revision; how many distinct reviewers must approve before the item counts as
 * approved is the review policy's to say, and so is whether an approver may also release it.
 *
 * <p>An item may be assigned to one person, who then works on it: a reviewer while it is in review or sent back for
 * changes, a publisher while it awaits release; see {@link #assign}. The assignment ends by itself when that work
 * is done (the item is approved, decided or, when approved, edited again) or when its assignee writes the latest
 * revision, since they could no longer pass it.
 *
 * <pre>
 *   IN_REVIEW ──approve (the last approval needed)──▶ APPROVED ──release──▶ RELEASED ──withdraw──▶ WITHDRAWN
 *     │  ▲  │                 │
 *     │  │  └─request_changes─┼──▶ CHANGES_REQUESTED ──(new revision)──▶ IN_REVIEW
 *     │  └────(new revision)──┘             │
 *     └──reject──▶ REJECTED ◀──reject───────┘
 * </pre>
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    /** Longest title accepted; a headline, not an article. */
    public static final int MAX_TITLE_LENGTH = 500;

    /** The desk of content whose brief names none. */
    public static final String DEFAULT_DESK = "general";

    static final int MAX_DESK_LENGTH = 64;

    /** Longest disclosure statement accepted: a line under the text, not a second article. */
    public static final int MAX_STATEMENT_LENGTH = 1000;

    // A desk name ends up in URLs, configuration keys and policy names, so it is kept to a plain slug.
    private static final Pattern DESK_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_DESK_LENGTH - 1) + "}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ContentKind kind;

    @Column(name = "desk", nullable = false, updatable = false, length = MAX_DESK_LENGTH)
    private String desk;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private ItemState state;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 200)
    private String requestedBy;

    @Column(name = "approved_by", length = 200)
    private String approvedBy;

    /** An image showing people may need more approvals; the editor says so on submission, a reviewer may change it. */
    @Column(name = "depicts_people", nullable = false)
    private boolean depictsPeople;

    @Column(name = "released_by", length = 200)
    private String releasedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the item entered its state; for an item in review, when its current revision entered review. */
    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Column(name = "assignee", length = 200)
    private String assignee;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "disclosure_statement", length = MAX_STATEMENT_LENGTH)
    private String disclosureStatement;

    @Column(name = "disclosure_source_type", length = 100)
    private String disclosureSourceType;

    @Column(name = "disclosure_decided_by", length = 200)
    private String disclosureDecidedBy;

    @Column(name = "disclosure_decided_at")
    private Instant disclosureDecidedAt;

    /** Optimistic lock: of two concurrent transitions on the same item, the second to commit fails. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number ASC")
    private List<Revision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("approvedAt ASC")
    private List<Approval> approvals = new ArrayList<>();

    protected ContentItem() {
        // for JPA
    }

    private ContentItem(ContentKind kind, String desk, boolean depictsPeople, Actor requester, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.desk = desk;
        this.depictsPeople = depictsPeople;
        this.state = ItemState.IN_REVIEW;
        this.requestedBy = requester.name();
        this.createdAt = now;
        this.updatedAt = now;
        this.stateSince = now;
    }

    /**
     * Submits AI-generated content for review: the only way an item comes to exist, and always in
     * {@link ItemState#IN_REVIEW} with revision 1.
     *
     * @param depictsPeople whether an image shows people; only an image can
     * @throws TransitionRefusedException if the requester is no editor or the content is incomplete
     */
    public static ContentItem submit(ContentKind kind, String desk, String title, String body, ModelCard modelCard,
                                     List<Attribution> attributions, boolean depictsPeople, Actor requester,
                                     Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modelCard, "modelCard");
        if (!requester.hasRole(Role.EDITOR)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only an editor can submit content for review");
        }
        requireText(title, "title");
        requireText(body, "body");
        requireTitleLength(title);
        if (depictsPeople) {
            requireImage(kind);
        }
        ContentItem item = new ContentItem(kind, deskName(desk), depictsPeople, requester, now);
        item.revisions.add(new Revision(item, 1, title, body, modelCard, attributions, requester.name(), now));
        return item;
    }

    /**
     * Moves the item along one transition, where one approval is enough to approve it.
     *
     * @see #apply(ReviewAction, Actor, String, Integer, int, Instant)
     */
    public ItemState apply(ReviewAction action, Actor actor, String reason, Integer expectedRevision, Instant now) {
        return apply(action, actor, reason, expectedRevision, 1, now);
    }

    /**
     * Moves the item along one transition. An approval is recorded for the current revision; the item becomes
     * {@link ItemState#APPROVED} once {@code approvalsRequired} distinct reviewers have approved that revision, and
     * stays {@link ItemState#IN_REVIEW} until then.
     *
     * @param action            what is asked
     * @param actor             who asks
     * @param reason            why; required to request changes, reject and withdraw
     * @param expectedRevision  the revision the actor looked at, or {@code null} to act on whatever is current
     * @param approvalsRequired how many reviewers must approve the revision, as the review policy says; at least 1
     * @param now               the time of the transition
     * @return the state the item is in afterwards
     * @throws TransitionRefusedException if the workflow does not allow it; nothing changed then
     */
    public ItemState apply(ReviewAction action, Actor actor, String reason, Integer expectedRevision,
                           int approvalsRequired, Instant now) {
        requireAllowed(action, actor, reason, expectedRevision);
        ItemState before = state;
        switch (action) {
            case APPROVE -> {
                approvals.add(new Approval(this, currentRevision().number(), actor.name(), now));
                if (approvals().size() >= Math.max(1, approvalsRequired)) {
                    approvedBy = actor.name();
                    state = ItemState.APPROVED;
                }
            }
            case REQUEST_CHANGES -> state = ItemState.CHANGES_REQUESTED;
            case REJECT -> state = ItemState.REJECTED;
            case RELEASE -> {
                releasedBy = actor.name();
                state = ItemState.RELEASED;
            }
            case WITHDRAW -> state = ItemState.WITHDRAWN;
        }
        updatedAt = now;
        if (state != before) {
            stateSince = now;
        }
        if (!workFor(state).equals(workFor(before))) {
            unassign();
        }
        return state;
    }

    /**
     * Checks the workflow's own rules for a transition without making it: the role, the state, four eyes, a
     * current revision and a reason where one is needed. Review policies are asked only about transitions that
     * pass these, so that a refusal names the workflow's rule before any policy's.
     *
     * @throws TransitionRefusedException if the workflow does not allow the transition
     */
    public void requireAllowed(ReviewAction action, Actor actor, String reason, Integer expectedRevision) {
        requirePermitted(action, actor, expectedRevision);
        requireReason(action, reason);
    }

    /**
     * Checks the workflow's rules for a transition that do not depend on its reason: the role, the state, four eyes
     * and a current revision. What a person may do is known from these before they write a reason; whether they
     * must write one, {@link #needsReason} says.
     *
     * @throws TransitionRefusedException if the workflow does not allow the transition
     */
    public void requirePermitted(ReviewAction action, Actor actor, Integer expectedRevision) {
        requireCurrent(expectedRevision);
        switch (action) {
            case APPROVE -> {
                require(actor, Role.REVIEWER, action);
                requireState(action, ItemState.IN_REVIEW);
                requireFourEyes(actor, action);
                if (approvals().contains(actor.name())) {
                    throw new TransitionRefusedException(Reason.FOUR_EYES, actor.name() + " already approved revision "
                            + currentRevision().number() + "; another reviewer's approval is needed");
                }
            }
            case REQUEST_CHANGES -> {
                require(actor, Role.REVIEWER, action);
                requireState(action, ItemState.IN_REVIEW);
            }
            case REJECT -> {
                require(actor, Role.REVIEWER, action);
                requireState(action, ItemState.IN_REVIEW, ItemState.CHANGES_REQUESTED);
            }
            case RELEASE -> {
                require(actor, Role.PUBLISHER, action);
                requireState(action, ItemState.APPROVED);
                requireFourEyes(actor, action);
                if (disclosure().isEmpty()) {
                    throw new TransitionRefusedException(Reason.DISCLOSURE_MISSING, "This item has no AI-disclosure "
                            + "label; a publisher sets one (PUT /api/v1/items/" + id + "/disclosure) before release");
                }
            }
            case WITHDRAW -> {
                require(actor, Role.PUBLISHER, action);
                requireState(action, ItemState.RELEASED);
            }
        }
    }

    /** Whether the action needs a written reason: requesting changes, rejecting and withdrawing do. */
    public static boolean needsReason(ReviewAction action) {
        return switch (action) {
            case REQUEST_CHANGES, REJECT, WITHDRAW -> true;
            case APPROVE, RELEASE -> false;
        };
    }

    /**
     * @throws TransitionRefusedException if the action {@link #needsReason needs a reason} and none is given
     */
    public static void requireReason(ReviewAction action, String reason) {
        if (needsReason(action) && (reason == null || reason.isBlank())) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST,
                    "To " + action.wireName().replace('_', ' ') + " an item needs a reason");
        }
    }

    /**
     * Says whether this image shows people, which may raise the approvals it needs. After submission only a
     * reviewer changes it, and not one who requested or wrote the item, since it decides how many others must
     * look; approvals given so far stand.
     *
     * @throws TransitionRefusedException if the item is no image, is decided, or the actor may not change it
     */
    public void depictPeople(boolean depicts, Actor actor, Instant now) {
        require(actor, Role.REVIEWER, "say whether an image shows people");
        requireImage(kind);
        if (state != ItemState.IN_REVIEW && state != ItemState.CHANGES_REQUESTED) {
            throw new TransitionRefusedException(Reason.ILLEGAL_STATE, "An item in state " + state
                    + " is decided; whether it shows people can only change while it is in review");
        }
        String name = actor.name();
        if (name.equals(requestedBy) || name.equals(currentRevision().author())) {
            throw new TransitionRefusedException(Reason.FOUR_EYES, "Four eyes: " + name
                    + " requested or wrote this item; another reviewer says whether it shows people");
        }
        depictsPeople = depicts;
        updatedAt = now;
    }

    /**
     * Writes a new revision: an edit by an editor or reviewer. An item sent back for changes, or already approved,
     * returns to review, since an approval covers the text it saw; the author of the new revision may not approve it.
     *
     * @param expectedRevision the revision the author edited; required, so that no edit silently overwrites another
     * @return the new revision
     * @throws TransitionRefusedException if the author may not edit, the item is decided, or the edit is stale
     */
    public Revision revise(String title, String body, Actor author, Integer expectedRevision, Instant now) {
        if (!author.hasRole(Role.EDITOR) && !author.hasRole(Role.REVIEWER)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only an editor or a reviewer can revise an item");
        }
        if (expectedRevision == null) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST,
                    "A revision names the revision it edits (expectedRevision)");
        }
        requireCurrent(expectedRevision);
        if (state != ItemState.IN_REVIEW && state != ItemState.CHANGES_REQUESTED && state != ItemState.APPROVED) {
            throw new TransitionRefusedException(Reason.ILLEGAL_STATE, "An item in state " + state
                    + " is no longer edited; submit new content instead");
        }
        requireText(title, "title");
        requireText(body, "body");
        requireTitleLength(title);
        Revision previous = currentRevision();
        // A human edit keeps the model card: the text still descends from what that model generated.
        Revision revision = new Revision(this, previous.number() + 1, title, body, previous.modelCard(),
                previous.attributionsKeptIn(body), author.name(), now);
        revisions.add(revision);
        approvedBy = null;
        if (!workFor(state).equals(workFor(ItemState.IN_REVIEW)) || author.name().equals(assignee)) {
            unassign();
        }
        state = ItemState.IN_REVIEW;
        // The new revision's time in review starts now, whatever the state was.
        stateSince = now;
        updatedAt = now;
        return revision;
    }

    /**
     * Assigns the item to a person to work on: a claim when {@code by} is the assignee, or a hand-out. The assignee
     * must hold the role of the work the item waits for (reviewer while in review or sent back for changes,
     * publisher while approved) and must be able to do it: never its requester or the latest revision's author. An
     * item already assigned to someone else is handed on only by an admin; otherwise its assignee lets go of it
     * first.
     *
     * @param assignee who is to work on it, with the roles the identity source gives them
     * @param by       who assigns: the assignee themself, someone doing the same work, or an admin
     * @return whether anything changed; assigning an item to its assignee again changes nothing
     * @throws TransitionRefusedException if the item is decided, or a rule above is broken
     */
    public boolean assign(Actor assignee, Actor by, Instant now) {
        String work = workFor(state).orElseThrow(() -> new TransitionRefusedException(Reason.ILLEGAL_STATE,
                "An item in state " + state + " is decided and waits for nobody; it cannot be assigned"));
        boolean claim = assignee.name().equals(by.name());
        if (!claim && !by.hasRole(work) && !by.hasRole(Role.ADMIN)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only a " + work + " or an admin can assign an "
                    + "item in state " + state + " to someone else");
        }
        if (!assignee.hasRole(work)) {
            throw new TransitionRefusedException(claim ? Reason.MISSING_ROLE : Reason.INELIGIBLE_ASSIGNEE,
                    "An item in state " + state + " is assigned to a " + work + ", which " + assignee.name()
                            + " is not");
        }
        if (assignee.name().equals(requestedBy) || assignee.name().equals(currentRevision().author())) {
            throw new TransitionRefusedException(Reason.FOUR_EYES, "Four eyes: " + assignee.name()
                    + " requested or wrote this item and so could not pass it; it is assigned to someone else");
        }
        if (work.equals(Role.PUBLISHER) && assignee.name().equals(approvedBy)) {
            throw new TransitionRefusedException(Reason.INELIGIBLE_ASSIGNEE, assignee.name()
                    + " approved this item and so cannot also release it; it is assigned to another publisher");
        }
        if (assignee.name().equals(this.assignee)) {
            return false;
        }
        if (this.assignee != null && !by.hasRole(Role.ADMIN)) {
            throw new TransitionRefusedException(Reason.ALREADY_ASSIGNED, "The item is assigned to " + this.assignee
                    + "; they or an admin must unassign it first");
        }
        this.assignee = assignee.name();
        this.assignedAt = now;
        this.updatedAt = now;
        return true;
    }

    /**
     * Ends the item's assignment, at its assignee's or an admin's request.
     *
     * @return whether anything changed; an unassigned item stays as it is
     * @throws TransitionRefusedException if {@code by} is neither the assignee nor an admin
     */
    public boolean unassign(Actor by, Instant now) {
        if (assignee == null) {
            return false;
        }
        if (!by.name().equals(assignee) && !by.hasRole(Role.ADMIN)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "The item is assigned to " + assignee
                    + "; only they or an admin can unassign it");
        }
        unassign();
        updatedAt = now;
        return true;
    }

    private void unassign() {
        assignee = null;
        assignedAt = null;
    }

    /**
     * The work an item in {@code state} waits for, as the role that does it: reviewers review (including the next
     * revision of an item sent back for changes), publishers release; a decided item waits for nobody.
     */
    private static Optional<String> workFor(ItemState state) {
        return switch (state) {
            case IN_REVIEW, CHANGES_REQUESTED -> Optional.of(Role.REVIEWER);
            case APPROVED -> Optional.of(Role.PUBLISHER);
            case REJECTED, RELEASED, WITHDRAWN -> Optional.empty();
        };
    }

    /**
     * Sets the item's AI-disclosure label, replacing any earlier one: an editorial decision the publisher takes for
     * the item, so it holds for later revisions too. A released label is what readers saw, so it is fixed then.
     *
     * @param statement  what readers are told; at most {@value #MAX_STATEMENT_LENGTH} characters
     * @param sourceType the IPTC digital source type
     * @return the label as set
     * @throws TransitionRefusedException if the actor is no publisher, the item is decided, or the statement is
     *                                    blank or too long
     */
    public DisclosureLabel label(String statement, DigitalSourceType sourceType, Actor actor, Instant now) {
        Objects.requireNonNull(sourceType, "sourceType");
        require(actor, Role.PUBLISHER, "label an item");
        if (state != ItemState.IN_REVIEW && state != ItemState.CHANGES_REQUESTED && state != ItemState.APPROVED) {
            throw new TransitionRefusedException(Reason.ILLEGAL_STATE, "An item in state " + state
                    + " keeps the label it has; only items still in review or approved are labelled");
        }
        requireText(statement, "disclosure statement");
        if (statement.strip().length() > MAX_STATEMENT_LENGTH) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST, "A disclosure statement has at most "
                    + MAX_STATEMENT_LENGTH + " characters, this one has " + statement.strip().length());
        }
        disclosureStatement = statement.strip();
        disclosureSourceType = sourceType.term();
        disclosureDecidedBy = actor.name();
        disclosureDecidedAt = now;
        updatedAt = now;
        return disclosure().orElseThrow();
    }

    /**
     * The digital source type that fits the item as it stands: the model's own work while nobody has written a
     * revision of it, a composite once people have.
     */
    public DigitalSourceType defaultSourceType() {
        return revisions.size() == 1 ? DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA
                : DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA;
    }

    /** Its AI-disclosure label, once a publisher has set one. */
    public Optional<DisclosureLabel> disclosure() {
        return disclosureStatement == null ? Optional.empty() : Optional.of(new DisclosureLabel(disclosureStatement,
                disclosureSourceType, disclosureDecidedBy, disclosureDecidedAt));
    }

    /** The revision with this number. */
    public Optional<Revision> revision(int number) {
        return revisions.stream().filter(revision -> revision.number() == number).findFirst();
    }

    private void requireCurrent(Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != currentRevision().number()) {
            throw new TransitionRefusedException(Reason.STALE_REVISION, "You acted on revision " + expectedRevision
                    + " but the item is at revision " + currentRevision().number() + "; reload it and try again");
        }
    }

    private static void require(Actor actor, String role, ReviewAction action) {
        require(actor, role, action.wireName() + " an item");
    }

    private static void require(Actor actor, String role, String what) {
        if (!actor.hasRole(role)) {
            throw new TransitionRefusedException(Reason.MISSING_ROLE, "Only a " + role + " can " + what);
        }
    }

    private static void requireImage(ContentKind kind) {
        if (kind != ContentKind.IMAGE) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST,
                    "Only an image is said to show people; this item is " + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private void requireState(ReviewAction action, ItemState... allowed) {
        if (!List.of(allowed).contains(state)) {
            throw new TransitionRefusedException(Reason.ILLEGAL_STATE, "An item in state " + state + " cannot be "
                    + pastTense(action) + "; only an item in state " + List.of(allowed).stream().map(Enum::name)
                    .collect(Collectors.joining(" or ")) + " can");
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

    private static void requireTitleLength(String title) {
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST,
                    "A title has at most " + MAX_TITLE_LENGTH + " characters, this one has " + title.length());
        }
    }

    /**
     * The desk name content is filed under: {@link #DEFAULT_DESK} when none is given, otherwise the name in lower
     * case.
     *
     * @throws TransitionRefusedException if the name is not a slug of letters, digits, '-' and '_'
     */
    public static String deskName(String desk) {
        if (desk == null || desk.isBlank()) {
            return DEFAULT_DESK;
        }
        String name = desk.strip().toLowerCase(Locale.ROOT);
        if (!DESK_NAME.matcher(name).matches()) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST, "A desk name has 1 to " + MAX_DESK_LENGTH
                    + " lower-case letters, digits, '-' or '_', starting with a letter or digit, not '" + desk + "'");
        }
        return name;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new TransitionRefusedException(Reason.INCOMPLETE_REQUEST, "Content needs a " + field);
        }
    }

    public ItemId id() {
        return ItemId.parse(id);
    }

    /** The desk that reviews it, e.g. {@code business}; policies and settings may differ per desk. */
    public String desk() {
        return desk;
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

    /** The reviewer whose approval made it approved, once one has. */
    public String approvedBy() {
        return approvedBy;
    }

    /** The reviewers who approved the current revision so far, in the order they did. */
    public List<String> approvals() {
        int current = currentRevision().number();
        return approvals.stream().filter(approval -> approval.revision() == current).map(Approval::reviewer).toList();
    }

    /** Whether this image shows people. */
    public boolean depictsPeople() {
        return depictsPeople;
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

    /** When the item entered its state; for an item in review, when its current revision entered review. */
    public Instant stateSince() {
        return stateSince;
    }

    /** Who works on it now, if anyone. */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /** When it was assigned to its assignee, if it is assigned. */
    public Optional<Instant> assignedAt() {
        return Optional.ofNullable(assignedAt);
    }

    public Revision currentRevision() {
        return revisions.get(revisions.size() - 1);
    }

    /** Every revision, oldest first. */
    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public ContentItemView view() {
        return new ContentItemView(id(), desk, state, requestedBy, currentRevision().view(), disclosure());
    }
}
