-- review-workflow: review policies as data, one row per version. The newest version of a desk and kind is in force;
-- the desk '*' holds the policy of every desk without one of its own. Rows are only ever added.
CREATE TABLE review_policy (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    desk       VARCHAR(64)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    version    INTEGER      NOT NULL,
    rules      TEXT         NOT NULL,
    author     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_policy_version UNIQUE (desk, kind, version)
);

-- Each reviewer's approval of a revision; a policy may ask for more than one before the item is approved.
CREATE TABLE item_approval (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    item_id     VARCHAR(36)  NOT NULL REFERENCES content_item (id),
    revision_no INTEGER      NOT NULL,
    reviewer    VARCHAR(200) NOT NULL,
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT item_approval_once UNIQUE (item_id, revision_no, reviewer)
);

-- Approvals given before this table existed: the one approver of the revision the item was at.
INSERT INTO item_approval (id, item_id, revision_no, reviewer, approved_at)
SELECT i.id, i.id, r.revision_no, i.approved_by, i.updated_at
FROM content_item i JOIN revision r ON r.item_id = i.id
WHERE i.approved_by IS NOT NULL
  AND r.revision_no = (SELECT MAX(r2.revision_no) FROM revision r2 WHERE r2.item_id = i.id);

-- An image showing people may need more approvals.
ALTER TABLE content_item ADD COLUMN depicts_people BOOLEAN DEFAULT FALSE NOT NULL;
