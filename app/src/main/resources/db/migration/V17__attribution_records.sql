-- provenance: what each sentence span of a revision rests on, from drafting or from a check's evidence, with the
-- source's digest and rights as they were when recorded. Append-only like the ledger, whose entries hold the SHA-256
-- of each set; no foreign keys, since provenance keeps its record apart from the workflow's tables.
CREATE TABLE attribution_record (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    item_id        VARCHAR(36)   NOT NULL,
    revision_no    INTEGER       NOT NULL,
    origin         VARCHAR(120)  NOT NULL,
    report_id      VARCHAR(36),
    ordinal        INTEGER       NOT NULL,
    sentence_start INTEGER       NOT NULL,
    sentence_end   INTEGER       NOT NULL,
    source_id      VARCHAR(200)  NOT NULL,
    source_sha256  VARCHAR(64),
    passage_start  INTEGER       NOT NULL,
    passage_end    INTEGER       NOT NULL,
    licence        VARCHAR(500)  NOT NULL,
    credit_line    VARCHAR(500)  NOT NULL,
    verdict        VARCHAR(20),
    score          NUMERIC(5, 4) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX attribution_record_revision ON attribution_record (item_id, revision_no);
