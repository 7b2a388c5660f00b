package com.hongshu.studio.core.notes;

import java.time.Instant;

/** One row of the notes list: only what the list shows, so that pages of it are cheap to read. */
public record NoteSummary(long id, NoteKind kind, String title, String bodyStart, NoteStatus status,
                          Instant updatedAt, Instant scheduledAt, Long coverMediaId, int imageCount) {
}
