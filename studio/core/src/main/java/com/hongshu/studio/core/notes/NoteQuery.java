package com.hongshu.studio.core.notes;

import java.time.Instant;
import java.util.Set;

/**
 * A page of the notes list: full-text {@code text} over title, body and topics (blank = all), statuses (empty = all),
 * last change in {@code [from, to)} (either may be null), order, and the page window.
 */
public record NoteQuery(String text, Set<NoteStatus> statuses, Instant from, Instant to, NoteSort sort,
                        int offset, int limit) {

    public NoteQuery {
        text = text == null ? "" : text.strip();
        statuses = Set.copyOf(statuses);
        sort = sort == null ? NoteSort.UPDATED_NEWEST : sort;
    }

    public static NoteQuery all(int limit) {
        return new NoteQuery("", Set.of(), null, null, NoteSort.UPDATED_NEWEST, 0, limit);
    }

    public static NoteQuery text(String text, int limit) {
        return new NoteQuery(text, Set.of(), null, null, NoteSort.UPDATED_NEWEST, 0, limit);
    }

    public NoteQuery page(int newOffset, int newLimit) {
        return new NoteQuery(text, statuses, from, to, sort, newOffset, newLimit);
    }
}
