package com.hongshu.studio.core.stats;

import java.time.Instant;

/** What an import or a sync knows about a note besides its figures; null fields are left as stored. */
public record NoteInfo(NoteRef note, Instant publishedAt, String kind) {
}
