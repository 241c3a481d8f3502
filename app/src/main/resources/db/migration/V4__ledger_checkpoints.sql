-- provenance: signed checkpoints of the ledger's Merkle tree (C2SP tlog-checkpoint in a signed note).
CREATE TABLE ledger_checkpoint (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    tree_size  BIGINT       NOT NULL,
    root_hash  VARCHAR(64)  NOT NULL,
    key_id     VARCHAR(8)   NOT NULL,
    note       TEXT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_checkpoint_size_key UNIQUE (tree_size, key_id)
);
