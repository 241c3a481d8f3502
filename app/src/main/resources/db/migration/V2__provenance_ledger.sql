-- provenance: the append-only ledger. The application only ever inserts into ledger_entry.
CREATE TABLE ledger_entry (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    recorded_at VARCHAR(40)  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    item_id     VARCHAR(36),
    event_type  VARCHAR(60)  NOT NULL,
    payload     TEXT         NOT NULL,
    prev_hash   VARCHAR(64)  NOT NULL,
    entry_hash  VARCHAR(64)  NOT NULL
);

CREATE INDEX ledger_entry_item ON ledger_entry (item_id);

-- One row; appends lock it, which keeps the chain linear across instances.
CREATE TABLE ledger_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    seq       BIGINT      NOT NULL,
    head_hash VARCHAR(64) NOT NULL
);

INSERT INTO ledger_head (id, seq, head_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
