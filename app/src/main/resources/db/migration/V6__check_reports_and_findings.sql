-- review-workflow: what each automatic check reported on each revision. The report is kept whole (its digest is in
-- the ledger); its findings are also rows of their own, which reviewers work through one by one.
CREATE TABLE check_report (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    item_id     VARCHAR(36)  NOT NULL REFERENCES content_item (id),
    revision_no INTEGER      NOT NULL,
    check_id    VARCHAR(100) NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    report      TEXT         NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX check_report_item ON check_report (item_id, revision_no);

CREATE TABLE item_finding (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    report_id    VARCHAR(36)   NOT NULL REFERENCES check_report (id),
    item_id      VARCHAR(36)   NOT NULL REFERENCES content_item (id),
    revision_no  INTEGER       NOT NULL,
    check_id     VARCHAR(100)  NOT NULL,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    category     VARCHAR(100)  NOT NULL,
    severity     VARCHAR(20)   NOT NULL,
    verdict      VARCHAR(20)   NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    message      VARCHAR(2000) NOT NULL,
    evidence     TEXT          NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX item_finding_item ON item_finding (item_id, revision_no);
