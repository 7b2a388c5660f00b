package com.hongshu.studio.core.notes;

/** Where a note is in its life. The sync engine moves notes from SCHEDULED to PUBLISHED or FAILED. */
public enum NoteStatus {
    DRAFT, SCHEDULED, PUBLISHED, FAILED
}
