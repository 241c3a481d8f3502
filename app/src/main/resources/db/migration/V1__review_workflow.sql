-- review-workflow: content items and their revisions. Runs unchanged on H2 and PostgreSQL.
CREATE TABLE content_item (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    state        VARCHAR(30)  NOT NULL,
    requested_by VARCHAR(200) NOT NULL,
    approved_by  VARCHAR(200),
    released_by  VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL
);

CREATE INDEX content_item_state ON content_item (state);

CREATE TABLE revision (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    item_id     VARCHAR(36)  NOT NULL REFERENCES content_item (id),
    revision_no INTEGER      NOT NULL,
    title       VARCHAR(500) NOT NULL,
    body        TEXT         NOT NULL,
    body_sha256 VARCHAR(64)  NOT NULL,
    model_card  TEXT         NOT NULL,
    author      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT revision_item_number UNIQUE (item_id, revision_no)
);
