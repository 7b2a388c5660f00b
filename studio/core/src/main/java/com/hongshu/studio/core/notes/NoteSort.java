package com.hongshu.studio.core.notes;

/** Orders the notes list may be sorted in. */
public enum NoteSort {
    UPDATED_NEWEST, UPDATED_OLDEST, CREATED_NEWEST, TITLE, SCHEDULED_SOONEST
}
