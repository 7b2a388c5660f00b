-- V005 sync: connected accounts and their circuit, remembered rate limits, the outbox, pull cursors.
-- Moments are epoch milliseconds (UTC); zones are IANA ids.

CREATE TABLE sync_account (
    id             INTEGER PRIMARY KEY,
    app_id         TEXT    NOT NULL,
    seller_id      TEXT    NOT NULL,
    display_name   TEXT    NOT NULL,
    zone_id        TEXT    NOT NULL DEFAULT 'Asia/Shanghai',
    status         TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED_AUTH', 'PAUSED_RISK')),
    pause_reason   TEXT,
    paused_at      INTEGER,
    last_sync_at   INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (app_id, seller_id)
);

-- Rate limits per scope: 'app', 'method:<KIND>', 'account:<id>', 'account:<id>:<KIND>' (daily publishing cap).
CREATE TABLE sync_rate_limit (
    scope      TEXT    PRIMARY KEY,
    until_at   INTEGER NOT NULL,
    reason     TEXT
) WITHOUT ROWID;

CREATE TABLE outbox_operation (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES sync_account (id),
    kind               TEXT    NOT NULL CHECK (kind IN ('MEDIA_UPLOAD', 'NOTE_CREATE', 'NOTE_CANCEL', 'NOTE_DELETE',
                                   'PRODUCT_CREATE', 'PRODUCT_UPDATE', 'PRICE', 'AVAILABILITY', 'STOCK')),
    aggregate_type     TEXT    NOT NULL,
    aggregate_id       INTEGER NOT NULL,
    payload            TEXT    NOT NULL,
    idempotency_key    TEXT    NOT NULL UNIQUE,
    step_state         TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('PENDING', 'IN_FLIGHT', 'SUCCEEDED', 'WAITING_RETRY',
                                   'UNKNOWN', 'VERIFYING', 'FAILED', 'NEEDS_USER', 'UNCONFIRMED', 'MISSED',
                                   'CANCELLED')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    claim_seq          INTEGER NOT NULL DEFAULT 0,
    maybe_executed     INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    INTEGER NOT NULL,
    lease_until        INTEGER,
    due_at             INTEGER,
    deadline_at        INTEGER,
    verify_until       INTEGER,
    remote_id          TEXT,
    last_error_code    TEXT,
    last_error_message TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);

-- Claiming: for each claimable status, the rows already due (the history of succeeded rows is never read).
CREATE INDEX ix_outbox_claim ON outbox_operation (status, next_attempt_at);
CREATE INDEX ix_outbox_lease ON outbox_operation (lease_until) WHERE status = 'IN_FLIGHT';
-- Per-aggregate order (an earlier live operation blocks a later one) and the UI's history of an object.
CREATE INDEX ix_outbox_aggregate ON outbox_operation (account_id, aggregate_type, aggregate_id, id);
CREATE INDEX ix_outbox_status ON outbox_operation (status, updated_at);
-- At most one live create per object, even with two windows enqueueing at once.
CREATE UNIQUE INDEX ux_outbox_live_create ON outbox_operation (account_id, aggregate_type, aggregate_id, kind)
    WHERE kind IN ('NOTE_CREATE', 'PRODUCT_CREATE')
      AND status IN ('PENDING', 'IN_FLIGHT', 'WAITING_RETRY', 'UNKNOWN', 'VERIFYING', 'NEEDS_USER');

CREATE TABLE sync_cursor (
    name            TEXT    PRIMARY KEY,
    cursor          TEXT,
    high_water_mark INTEGER,
    updated_at      INTEGER NOT NULL
) WITHOUT ROWID;
