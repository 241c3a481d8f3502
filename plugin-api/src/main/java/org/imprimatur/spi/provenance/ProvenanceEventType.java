package org.imprimatur.spi.provenance;

/** What happened; the ledger stores the constant's name. New types are only ever added, never renamed. */
public enum ProvenanceEventType {
    /** An AI-generated item entered review; the payload holds the digest of its attributions' provenance records. */
    ITEM_SUBMITTED,
    /** A reviewer approved an item. */
    ITEM_APPROVED,
    /** A reviewer rejected an item. */
    ITEM_REJECTED,
    /** A reviewer sent an item back for changes. */
    ITEM_CHANGES_REQUESTED,
    /**
     * Someone wrote a new revision of an item; it is back in review. The payload holds the digest of the provenance
     * records of the attributions the revision kept.
     */
    ITEM_REVISED,
    /** A publisher withdrew a released item (a correction or takedown). */
    ITEM_WITHDRAWN,
    /** A publisher released an item. */
    ITEM_RELEASED,
    /** The ledger got a new signing key; the payload holds its verifier key, which auditors pin. */
    LEDGER_KEY_CREATED,
    /** The ledger's signing key was replaced; the payload holds the previous and the new verifier key. */
    LEDGER_KEY_ROTATED,
    /** A source was ingested: its digest, origin, media type and rights. */
    SOURCE_INGESTED,
    /** An editor changed what the newsroom may do with a source (credit line, licence, embargo). */
    SOURCE_RIGHTS_CHANGED,
    /** An editor asked for a draft or an image; the payload holds the brief or prompt and the provider. */
    GENERATION_STARTED,
    /** A provider produced a draft; the payload holds the model card and a summary of its attributions. */
    DRAFT_PRODUCED,
    /** A provider generated an image; the payload holds its digest and model card. */
    IMAGE_GENERATED,
    /** An editor registered an image made with AI elsewhere, naming the tool. */
    IMAGE_REGISTERED,
    /** A generation job failed and created no item; the payload holds the reason. */
    GENERATION_FAILED,
    /**
     * An automatic check ran on a revision; the payload holds its version, models, summary, report digest and the
     * digest of the provenance records of its findings' evidence.
     */
    CHECK_COMPLETED,
    /** An automatic check could not run on a revision, or ran out of time; the revision is unchecked by it. */
    CHECK_FAILED,
    /** A person resolved a check's finding: fixed by a later revision, accepted with evidence, or overridden. */
    FINDING_RESOLVED,
    /** Someone took on an item or handed it to a person to work on; the payload names the assignee and how. */
    ITEM_ASSIGNED,
    /** An item's assignment ended: its assignee or an admin let go of it, or the work it was for was done. */
    ITEM_UNASSIGNED,
    /**
     * Someone commented on an item or a span of it; the payload holds the comment's id, span, mentioned user ids
     * and the text's digest, never the text.
     */
    COMMENT_ADDED,
    /** A publisher set an item's AI-disclosure label: the statement, the IPTC digital source type, the revision. */
    DISCLOSURE_LABELLED,
    /** A publication target took a released item; the payload names the target and what it calls the item. */
    PUBLICATION_DELIVERED,
    /** A publication target did not take a released item; the release stands, the payload says why. */
    PUBLICATION_FAILED,
    /** An admin stored a new version of a desk's review policy; the payload holds its rules. */
    POLICY_CHANGED,
    /** An editor or reviewer said whether an image shows people, which may change the approvals it needs. */
    ITEM_DEPICTS_PEOPLE_CHANGED
}
