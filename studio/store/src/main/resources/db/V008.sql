-- Account figures (followers, new and lost followers, profile visits) per account and day. Pulls of several accounts
-- replaced each other's day before. account_id 0 is a creator-centre file the user imported (it names no account);
-- for a day that any account's pull reported, the dashboard counts the pulled figures and not the file's.
CREATE TABLE stat_account_day_by_account (
    account_id     INTEGER NOT NULL DEFAULT 0,
    day            INTEGER NOT NULL,
    followers      INTEGER NOT NULL,
    new_followers  INTEGER NOT NULL,
    lost_followers INTEGER NOT NULL,
    profile_visits INTEGER NOT NULL,
    flagged        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID;

-- Rows written before this version name no account: they count as imported.
INSERT INTO stat_account_day_by_account
    SELECT 0, day, followers, new_followers, lost_followers, profile_visits, flagged FROM stat_account_day;
DROP TABLE stat_account_day;
ALTER TABLE stat_account_day_by_account RENAME TO stat_account_day;
CREATE INDEX stat_account_day_by_day ON stat_account_day (day);
