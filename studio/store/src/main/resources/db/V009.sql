-- V009 product images as platform material: what was uploaded, per account and file content (SHA-256 of the bytes),
-- so a picture is uploaded once however many products, updates or retries use it. Written right after each upload
-- reply, before the create that needs it is sent.
CREATE TABLE platform_material (
    account_id   INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    content_hash TEXT    NOT NULL,
    material_id  TEXT    NOT NULL,
    url          TEXT,
    status       INTEGER NOT NULL,              -- the platform's: 1 done, 2 processing, 3 failed
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (account_id, content_hash)
);
