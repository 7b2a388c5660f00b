-- V002 notes: notes, their images/topics/products, and two full-text indexes.
CREATE TABLE note (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL DEFAULT 'IMAGE',
    title            TEXT    NOT NULL DEFAULT '',
    body             TEXT    NOT NULL DEFAULT '',
    topics           TEXT    NOT NULL DEFAULT '',   -- newline-separated, in order
    mentions         TEXT    NOT NULL DEFAULT '',   -- newline-separated, in order
    location         TEXT,
    visibility       TEXT    NOT NULL DEFAULT 'PUBLIC',
    declarations     TEXT    NOT NULL DEFAULT '',   -- comma-separated enum names
    video_media_id   INTEGER REFERENCES media(id),
    video_cover_ms   INTEGER NOT NULL DEFAULT 0,
    status           TEXT    NOT NULL DEFAULT 'DRAFT',
    scheduled_at     INTEGER,
    remote_id        TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted_at       INTEGER                        -- in the bin (undo of delete) when not null
);
CREATE INDEX note_live_updated ON note(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX note_live_status_updated ON note(status, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX note_live_created ON note(created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE note_media (
    note_id   INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,                     -- 0 is the cover
    media_id  INTEGER NOT NULL REFERENCES media(id),
    crop_ratio TEXT,
    crop_x    REAL,
    crop_y    REAL,
    crop_w    REAL,
    crop_h    REAL,
    PRIMARY KEY (note_id, position)
) WITHOUT ROWID;
CREATE INDEX note_media_by_media ON note_media(media_id, note_id);

CREATE TABLE note_product (
    note_id    INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    PRIMARY KEY (note_id, position)
) WITHOUT ROWID;

-- Past topics and mentions, for suggestions.
CREATE TABLE note_tag (
    kind    TEXT    NOT NULL,                       -- 'T' topic, 'M' mention
    tag     TEXT    NOT NULL,
    note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, tag, note_id)
) WITHOUT ROWID;
CREATE INDEX note_tag_by_note ON note_tag(note_id);

-- Substring search of 3+ characters (Chinese included): trigram index, rowid = note.id, maintained by the repository.
CREATE VIRTUAL TABLE note_fts USING fts5(title, body, topics, content='', contentless_delete=1, tokenize='trigram');
-- Queries of 1-2 characters: single characters and pairs of CJK text plus Latin words, as space-separated tokens.
CREATE VIRTUAL TABLE note_grams USING fts5(grams, content='', contentless_delete=1, tokenize='unicode61');
