-- review-workflow: an item's AI-disclosure label, an editorial decision a publisher takes for the item. NULL until set.
ALTER TABLE content_item ADD COLUMN disclosure_statement VARCHAR(1000);
ALTER TABLE content_item ADD COLUMN disclosure_source_type VARCHAR(100);
ALTER TABLE content_item ADD COLUMN disclosure_decided_by VARCHAR(200);
ALTER TABLE content_item ADD COLUMN disclosure_decided_at TIMESTAMP WITH TIME ZONE;

-- app: the built-in 'store' publication target keeps exactly what each release published. An item is released once.
CREATE TABLE publication (
    item_id         VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES content_item (id),
    revision_no     INTEGER       NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    published_text  TEXT          NOT NULL,
    disclosure_line VARCHAR(1000) NOT NULL,
    credits         TEXT          NOT NULL,
    json_ld         TEXT          NOT NULL,
    media_type      VARCHAR(100),
    image           BYTEA,
    sha256          VARCHAR(64)   NOT NULL,
    published_by    VARCHAR(200)  NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
