-- review-workflow: desk work. Who an item is assigned to, since when it is in its state (queues age by it), and
-- the comments people leave on items.
ALTER TABLE content_item ADD COLUMN assignee VARCHAR(200);
ALTER TABLE content_item ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE content_item ADD COLUMN state_since TIMESTAMP WITH TIME ZONE;
-- Until now nothing but a change of state touched an item, so its last update is when it entered its state.
UPDATE content_item SET state_since = updated_at;
ALTER TABLE content_item ALTER COLUMN state_since SET NOT NULL;

-- The review queue and "next item": unassigned items of a state, oldest first.
CREATE INDEX content_item_queue ON content_item (state, assignee, state_since);

CREATE TABLE item_comment (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    item_id     VARCHAR(36)  NOT NULL REFERENCES content_item (id),
    revision_no INTEGER      NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    text        TEXT         NOT NULL,
    mentions    TEXT         NOT NULL,
    author      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX item_comment_item ON item_comment (item_id, created_at);
