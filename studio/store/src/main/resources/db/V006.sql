-- V006 sync: every note belongs to an account. A note without one (made before any account existed) is given the
-- first account, and so is every note created without naming one.
ALTER TABLE note ADD COLUMN account_id INTEGER REFERENCES sync_account (id);

UPDATE note SET account_id = (SELECT min(id) FROM sync_account) WHERE account_id IS NULL;

CREATE TRIGGER note_default_account AFTER INSERT ON note WHEN NEW.account_id IS NULL
BEGIN
    UPDATE note SET account_id = (SELECT min(id) FROM sync_account) WHERE id = NEW.id;
END;

CREATE TRIGGER note_first_account AFTER INSERT ON sync_account
BEGIN
    UPDATE note SET account_id = NEW.id WHERE account_id IS NULL;
END;

CREATE INDEX note_account ON note (account_id);

-- Why a note needs the user (a failure, a review rejection, a missed time), in the platform's or the engine's words.
ALTER TABLE note ADD COLUMN sync_message TEXT;
