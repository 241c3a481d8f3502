-- review-workflow: where each sentence of a revision came from (JSON; empty for text a person wrote).
ALTER TABLE revision ADD COLUMN attributions TEXT DEFAULT '[]' NOT NULL;

-- generation-module: sources an editor attached, extracted once; the same bytes are one source.
CREATE TABLE source (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    sha256         VARCHAR(64)   NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    media_type     VARCHAR(200)  NOT NULL,
    language       VARCHAR(8)    NOT NULL,
    byte_size      BIGINT        NOT NULL,
    origin         VARCHAR(2000) NOT NULL,
    credit_line    VARCHAR(500)  NOT NULL,
    licence        VARCHAR(500)  NOT NULL,
    embargo_until  TIMESTAMP WITH TIME ZONE,
    metadata       TEXT          NOT NULL,
    text_content   TEXT          NOT NULL,
    image_facts    TEXT,
    created_by     VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT source_sha256 UNIQUE (sha256)
);

-- One row per sentence, with its embedding (little-endian float32), computed once at ingestion.
CREATE TABLE source_passage (
    source_id    VARCHAR(36) NOT NULL REFERENCES source (id),
    passage_no   INTEGER     NOT NULL,
    paragraph_no INTEGER     NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    vector       BYTEA       NOT NULL,
    PRIMARY KEY (source_id, passage_no)
);

-- Generation jobs, claimed by whichever instance gets there first.
CREATE TABLE generation_job (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    progress     INTEGER      NOT NULL,
    provider     VARCHAR(100) NOT NULL,
    request      TEXT         NOT NULL,
    requested_by VARCHAR(200) NOT NULL,
    requester_roles VARCHAR(200) NOT NULL,
    item_id      VARCHAR(36),
    error        VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by   VARCHAR(100),
    version      BIGINT       NOT NULL
);

CREATE INDEX generation_job_status ON generation_job (status, created_at);

-- The picture of an image item: its bytes and what is known of how it was made.
CREATE TABLE image_asset (
    item_id     VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES content_item (id),
    media_type  VARCHAR(100)  NOT NULL,
    width       INTEGER       NOT NULL,
    height      INTEGER       NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    byte_size   BIGINT        NOT NULL,
    content     BYTEA         NOT NULL,
    prompt      TEXT          NOT NULL,
    tool        VARCHAR(500)  NOT NULL,
    metadata    TEXT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
