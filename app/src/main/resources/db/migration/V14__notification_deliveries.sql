-- app: the notification outbox. One row per event and receiver (a webhook or an e-mail address), written in the
-- transaction of the change it announces, then claimed (FOR UPDATE SKIP LOCKED) and sent by any instance.
CREATE TABLE notification_delivery (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    event_id        VARCHAR(36)   NOT NULL,
    event_type      VARCHAR(60)   NOT NULL,
    ledger_seq      BIGINT        NOT NULL,
    item_id         VARCHAR(36),
    channel         VARCHAR(20)   NOT NULL,
    target          VARCHAR(320)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    claimed_by      VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE INDEX notification_delivery_due ON notification_delivery (status, next_attempt_at);
CREATE INDEX notification_delivery_created ON notification_delivery (created_at);
CREATE INDEX notification_delivery_item ON notification_delivery (item_id);

-- The delivery log: every attempt, with the receiver's answer or what went wrong.
CREATE TABLE notification_attempt (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    delivery_id  VARCHAR(36)   NOT NULL REFERENCES notification_delivery (id),
    attempt_no   INTEGER       NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms  BIGINT        NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(2000),
    CONSTRAINT notification_attempt_no UNIQUE (delivery_id, attempt_no)
);
