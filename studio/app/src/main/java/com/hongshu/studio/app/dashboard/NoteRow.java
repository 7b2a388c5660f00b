package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.core.stats.Metric;
import com.hongshu.studio.core.stats.NoteStats;

/** A row of the top-notes table: a note's totals since publishing and its linked products' stock (or null). */
public record NoteRow(NoteStats stats, Long stock) {

    public String title() {
        return stats.ref().title();
    }

    public Long localNoteId() {
        return stats.ref().noteId();
    }

    public long get(Metric m) {
        return stats.totals().get(m);
    }
}
