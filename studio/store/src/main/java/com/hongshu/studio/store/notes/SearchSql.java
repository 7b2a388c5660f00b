package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.notes.NoteQuery;
import com.hongshu.studio.core.notes.NoteStatus;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/** The WHERE and ORDER BY of a notes-list query, with its parameters in order. */
record SearchSql(String where, String orderBy, List<Object> params, String matchRowids, List<Object> textParams,
                 boolean filtered) {

    static SearchSql of(NoteQuery q) {
        StringBuilder where = new StringBuilder("WHERE n.deleted_at IS NULL");
        List<Object> params = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        // Terms for the same index go into one MATCH: FTS5 intersects its own lists far faster than SQL can.
        List<String> grams = new ArrayList<>();
        List<String> trigrams = new ArrayList<>();
        for (SearchText.Term term : SearchText.terms(q.text())) {
            (term.shortTerm() ? grams : trigrams).add(term.match());
        }
        if (!grams.isEmpty()) {
            matches.add("SELECT rowid FROM note_grams WHERE note_grams MATCH ?");
            params.add(String.join(" AND ", grams));
        }
        if (!trigrams.isEmpty()) {
            matches.add("SELECT rowid FROM note_fts WHERE note_fts MATCH ?");
            params.add(String.join(" AND ", trigrams));
        }
        List<Object> textParams = List.copyOf(params);
        String matchRowids = String.join(" INTERSECT ", matches);
        if (!matches.isEmpty()) {
            where.append(" AND n.id IN (").append(matchRowids).append(")");
        }
        boolean filtered = !q.statuses().isEmpty() || q.from() != null || q.to() != null;
        if (!q.statuses().isEmpty() && q.statuses().size() < NoteStatus.values().length) {
            where.append(" AND n.status IN (").append("?,".repeat(q.statuses().size() - 1)).append("?)");
            q.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (q.from() != null) {
            where.append(" AND n.updated_at >= ?");
            params.add(q.from().toEpochMilli());
        }
        if (q.to() != null) {
            where.append(" AND n.updated_at < ?");
            params.add(q.to().toEpochMilli());
        }
        String order = switch (q.sort()) {
            case UPDATED_NEWEST -> "ORDER BY n.updated_at DESC, n.id DESC";
            case UPDATED_OLDEST -> "ORDER BY n.updated_at, n.id";
            case CREATED_NEWEST -> "ORDER BY n.created_at DESC, n.id DESC";
            case TITLE -> "ORDER BY n.title COLLATE NOCASE, n.id";
            case SCHEDULED_SOONEST -> "ORDER BY n.scheduled_at IS NULL, n.scheduled_at, n.id";
        };
        return new SearchSql(where.toString(), order, List.copyOf(params), matchRowids, textParams, filtered);
    }

    boolean hasText() {
        return !textParams.isEmpty();
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws Exception {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
