-- V004 statistics: daily figures per note and per account, and the rollups every dashboard query reads instead.
-- Days are epoch days (days since 1970-01-01) in the user's zone; moments are epoch milliseconds (UTC).

-- A note as statistics know it: the local note where known, else the platform's id or the title of an import.
-- Its totals since publishing, first day and first seven days are kept up to date on every write.
CREATE TABLE IF NOT EXISTS stat_note (
    id              INTEGER PRIMARY KEY,
    ref_key         TEXT    NOT NULL UNIQUE,         -- 'n:<note id>', 'p:<platform id>' or 't:<title>'
    note_id         INTEGER,
    platform_id     TEXT,
    title           TEXT    NOT NULL DEFAULT '',
    kind            TEXT,
    published_at    INTEGER,
    pub_day         INTEGER,
    pub_weekday     INTEGER,                         -- 1 Monday .. 7 Sunday, in the user's zone
    pub_hour        INTEGER,
    impressions     INTEGER NOT NULL DEFAULT 0,
    views           INTEGER NOT NULL DEFAULT 0,
    likes           INTEGER NOT NULL DEFAULT 0,
    collects        INTEGER NOT NULL DEFAULT 0,
    comments        INTEGER NOT NULL DEFAULT 0,
    shares          INTEGER NOT NULL DEFAULT 0,
    follower_gain   INTEGER NOT NULL DEFAULT 0,
    view_ms         INTEGER NOT NULL DEFAULT 0,      -- sum of average view time x views
    d1_impressions  INTEGER NOT NULL DEFAULT 0,
    d1_views        INTEGER NOT NULL DEFAULT 0,
    d1_likes        INTEGER NOT NULL DEFAULT 0,
    d1_collects     INTEGER NOT NULL DEFAULT 0,
    d1_comments     INTEGER NOT NULL DEFAULT 0,
    d1_shares       INTEGER NOT NULL DEFAULT 0,
    d1_follower_gain INTEGER NOT NULL DEFAULT 0,
    w1_impressions  INTEGER NOT NULL DEFAULT 0,
    w1_views        INTEGER NOT NULL DEFAULT 0,
    w1_likes        INTEGER NOT NULL DEFAULT 0,
    w1_collects     INTEGER NOT NULL DEFAULT 0,
    w1_comments     INTEGER NOT NULL DEFAULT 0,
    w1_shares       INTEGER NOT NULL DEFAULT 0,
    w1_follower_gain INTEGER NOT NULL DEFAULT 0,
    first_day       INTEGER,
    last_day        INTEGER,
    flagged_days    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS stat_note_by_note ON stat_note(note_id) WHERE note_id IS NOT NULL;

-- The raw daily figures (what happened that day). Loading a day again replaces its row; a negative figure (a counter
-- that went backwards) is kept as reported and flagged.
CREATE TABLE IF NOT EXISTS stat_note_day (
    stat_id        INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    impressions    INTEGER NOT NULL,
    views          INTEGER NOT NULL,
    likes          INTEGER NOT NULL,
    collects       INTEGER NOT NULL,
    comments       INTEGER NOT NULL,
    shares         INTEGER NOT NULL,
    follower_gain  INTEGER NOT NULL,
    view_ms        INTEGER NOT NULL,
    flagged        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (stat_id, day)
) WITHOUT ROWID;

-- Rollup: all notes' figures per day (what the KPI cards and time series read).
CREATE TABLE IF NOT EXISTS stat_day (
    day            INTEGER PRIMARY KEY,
    impressions    INTEGER NOT NULL DEFAULT 0,
    views          INTEGER NOT NULL DEFAULT 0,
    likes          INTEGER NOT NULL DEFAULT 0,
    collects       INTEGER NOT NULL DEFAULT 0,
    comments       INTEGER NOT NULL DEFAULT 0,
    shares         INTEGER NOT NULL DEFAULT 0,
    follower_gain  INTEGER NOT NULL DEFAULT 0,
    view_ms        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS stat_account_day (
    day            INTEGER PRIMARY KEY,
    followers      INTEGER NOT NULL,
    new_followers  INTEGER NOT NULL,
    lost_followers INTEGER NOT NULL,
    profile_visits INTEGER NOT NULL,
    flagged        INTEGER NOT NULL DEFAULT 0
);
