-- V001 foundation: settings and the content-addressed media library.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per distinct file content; the bytes live in media/<sha[0:2]>/<sha> under the workspace folder.
CREATE TABLE media (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT    NOT NULL UNIQUE,
    original_name TEXT    NOT NULL,
    mime_type     TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    width         INTEGER,
    height        INTEGER,
    created_at    INTEGER NOT NULL
);
