package com.hongshu.studio.core.stats;

import java.util.List;

/** One unit of statistics to write: all of it is stored, or none. Used by the import and by sync's pull alike. */
public record StatsBatch(List<NoteInfo> notes, List<NoteDay> days, List<NoteSnapshot> snapshots,
                         List<AccountDay> account) {

    public StatsBatch {
        notes = List.copyOf(notes);
        days = List.copyOf(days);
        snapshots = List.copyOf(snapshots);
        account = List.copyOf(account);
    }

    public static StatsBatch ofDays(List<NoteDay> days) {
        return new StatsBatch(List.of(), days, List.of(), List.of());
    }

    public int size() {
        return notes.size() + days.size() + snapshots.size() + account.size();
    }

    public boolean isEmpty() {
        return days.isEmpty() && snapshots.isEmpty() && account.isEmpty();
    }
}
