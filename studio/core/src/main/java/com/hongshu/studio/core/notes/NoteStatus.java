package com.hongshu.studio.core.notes;

/**
 * Where a note is in its life. The sync engine moves notes from SCHEDULED to PUBLISHED or FAILED; MISSED (its time
 * passed while the studio was closed, beyond the grace window), UNCONFIRMED (the platform said OK but the note never
 * appeared) and REJECTED (refused by the platform's review) wait for the user.
 */
public enum NoteStatus {
    DRAFT, SCHEDULED, PUBLISHED, FAILED, MISSED, UNCONFIRMED, REJECTED
}
