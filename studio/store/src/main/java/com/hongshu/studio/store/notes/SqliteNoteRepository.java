package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.notes.MediaUsage;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteQuery;
import com.hongshu.studio.core.notes.NoteRepository;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteSummary;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Notes in the workspace database; keeps the two full-text indexes in step with every write. */
public final class SqliteNoteRepository implements NoteRepository {

    private final Database db;
    private final Clock clock;

    public SqliteNoteRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Note> findById(long id) {
        return db.read(c -> {
            List<Note> found = NoteRows.load(c, "WHERE id = ? AND deleted_at IS NULL", List.of(id));
            return found.stream().findFirst();
        });
    }

    @Override
    public List<Note> listByStatus(NoteStatus status, int limit) {
        return db.read(c -> NoteRows.load(c,
                "WHERE status = ? AND deleted_at IS NULL ORDER BY updated_at, id LIMIT ?",
                List.of(status.name(), limit)));
    }

    @Override
    public Note save(Note note) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(c -> {
            Note stored;
            if (note.id() == 0) {
                Instant created = note.createdAt() == null ? now : note.createdAt().truncatedTo(ChronoUnit.MILLIS);
                stored = NoteRows.insert(c, note.withTimes(created, now));
            } else {
                stored = note.withTimes(note.createdAt(), now);
                NoteRows.update(c, stored);
            }
            NoteRows.writeChildren(c, stored);
            index(c, stored);
            return stored;
        });
    }

    @Override
    public void updateStatus(long id, NoteStatus status, String remoteId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE note SET status = ?, remote_id = coalesce(?, remote_id), updated_at = ? WHERE id = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, remoteId);
                ps.setLong(3, clock.millis());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Above this many text matches, walking the order index and stopping at the page end beats sorting them all. */
    private static final int DENSE_MATCHES = 1_000;

    @Override
    public List<NoteSummary> search(NoteQuery query) {
        SearchSql sql = SearchSql.of(query);
        String from = "note n";
        if (sql.hasText() && query.offset() < DENSE_MATCHES && matchesAtLeast(sql, DENSE_MATCHES)) {
            from = switch (query.sort()) {
                case UPDATED_NEWEST, UPDATED_OLDEST -> "note n INDEXED BY note_live_updated";
                case CREATED_NEWEST -> "note n INDEXED BY note_live_created";
                default -> "note n";
            };
        }
        // Pick the page on the narrow columns first, then read the wide ones for its rows only.
        String orderOuter = sql.orderBy();
        String select = "SELECT n.id, n.kind, n.title, substr(n.body, 1, 80), n.status, n.updated_at, n.scheduled_at,"
                + " coalesce((SELECT media_id FROM note_media m WHERE m.note_id = n.id AND m.position = 0),"
                + " n.video_media_id),"
                + " (SELECT count(*) FROM note_media m WHERE m.note_id = n.id)"
                + " FROM note n WHERE n.id IN (SELECT n.id FROM " + from + " " + sql.where() + " " + sql.orderBy()
                + " LIMIT ? OFFSET ?) " + orderOuter;
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(select)) {
                int i = sql.bind(ps);
                ps.setInt(i++, query.limit());
                ps.setInt(i, query.offset());
                List<NoteSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NoteSummary(rs.getLong(1), NoteKind.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), NoteStatus.valueOf(rs.getString(5)),
                                Instant.ofEpochMilli(rs.getLong(6)), NoteRows.instant(rs, 7),
                                (Long) NoteRows.longOrNull(rs, 8), rs.getInt(9)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    private boolean matchesAtLeast(SearchSql sql, int n) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM (" + sql.matchRowids() + " LIMIT " + n + ")")) {
                for (int i = 0; i < sql.textParams().size(); i++) {
                    ps.setObject(i + 1, sql.textParams().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) >= n;
                }
            }
        });
    }

    @Override
    public long count(NoteQuery query) {
        SearchSql sql = SearchSql.of(query);
        if (sql.hasText() && !sql.filtered()) {
            // Notes in the bin are not in the text indexes, so the index alone gives the answer.
            return db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + sql.matchRowids() + ")")) {
                    for (int i = 0; i < sql.textParams().size(); i++) {
                        ps.setObject(i + 1, sql.textParams().get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                }
            });
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM note n " + sql.where())) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public List<NoteSummary> listScheduledBetween(Instant from, Instant to, int limit) {
        return listScheduledBetween(from, to, 0, limit);
    }

    @Override
    public List<NoteSummary> listScheduledBetween(Instant from, Instant to, long accountId, int limit) {
        // A note without an account belongs to the first one (V006).
        String account = accountId == 0 ? "" : " AND coalesce(n.account_id, (SELECT min(id) FROM sync_account)) = "
                + accountId;
        String sql = "SELECT n.id, n.kind, n.title, substr(n.body, 1, 80), n.status, n.updated_at, n.scheduled_at,"
                + " coalesce((SELECT media_id FROM note_media m WHERE m.note_id = n.id AND m.position = 0),"
                + " n.video_media_id), (SELECT count(*) FROM note_media m WHERE m.note_id = n.id)"
                + " FROM note n WHERE n.deleted_at IS NULL AND n.status IN ('SCHEDULED', 'PUBLISHED', 'FAILED')"
                + " AND n.scheduled_at >= ? AND n.scheduled_at < ?" + account
                + " ORDER BY n.scheduled_at, n.id LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                ps.setInt(3, limit);
                List<NoteSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NoteSummary(rs.getLong(1), NoteKind.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), NoteStatus.valueOf(rs.getString(5)),
                                Instant.ofEpochMilli(rs.getLong(6)), NoteRows.instant(rs, 7),
                                (Long) NoteRows.longOrNull(rs, 8), rs.getInt(9)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    @Override
    public void delete(Collection<Long> ids) {
        setDeleted(ids, clock.millis());
    }

    @Override
    public void restore(Collection<Long> ids) {
        setDeleted(ids, null);
    }

    /** Notes in the bin leave the text indexes (so that text counts need no join) and come back on restore. */
    private void setDeleted(Collection<Long> ids, Long at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET deleted_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    ps.setObject(1, at);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (long id : ids) {
                if (at == null) {
                    for (Note n : NoteRows.load(c, "WHERE id = ?", List.of(id))) {
                        index(c, n);
                    }
                } else {
                    unindex(c, id);
                }
            }
            return null;
        });
    }

    private static void unindex(Connection c, long id) throws Exception {
        try (PreparedStatement del1 = c.prepareStatement("DELETE FROM note_fts WHERE rowid = ?");
             PreparedStatement del2 = c.prepareStatement("DELETE FROM note_grams WHERE rowid = ?")) {
            del1.setLong(1, id);
            del1.executeUpdate();
            del2.setLong(1, id);
            del2.executeUpdate();
        }
    }

    @Override
    public Note duplicate(long id) {
        Note original = findById(id).orElseThrow(() -> new IllegalArgumentException("no note " + id));
        Note copy = original.withId(0).withStatus(NoteStatus.DRAFT, null).withTimes(null, null);
        copy = new Note(0, copy.kind(), copy.title(), copy.body(), copy.topics(), copy.mentions(), copy.location(),
                copy.visibility(), copy.declarations(), copy.images(), copy.videoMediaId(), copy.videoCoverMillis(),
                copy.linkedProductIds(), NoteStatus.DRAFT, null, null, null, null);
        return save(copy);
    }

    @Override
    public List<String> topicSuggestions(String prefix, int limit) {
        return tags("T", prefix, limit);
    }

    @Override
    public List<String> mentionSuggestions(String prefix, int limit) {
        return tags("M", prefix, limit);
    }

    private List<String> tags(String kind, String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT tag FROM note_tag WHERE kind = ? AND tag >= ? AND tag < ? GROUP BY tag"
                            + " ORDER BY count(*) DESC, tag LIMIT ?")) {
                ps.setString(1, kind);
                ps.setString(2, p);
                ps.setString(3, p + Character.MAX_VALUE);
                ps.setInt(4, limit);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    @Override
    public List<MediaUsage> mediaLibrary(int offset, int limit) {
        return db.read(c -> {
            List<MediaUsage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT m.id, m.sha256, m.original_name, m.mime_type, m.size_bytes, m.width, m.height,"
                            + " m.created_at, (SELECT group_concat(DISTINCT u.note_id) FROM ("
                            + "   SELECT note_id FROM note_media WHERE media_id = m.id"
                            + "   UNION SELECT id FROM note WHERE video_media_id = m.id) u"
                            + "   JOIN note n ON n.id = u.note_id AND n.deleted_at IS NULL)"
                            + " FROM media m ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        MediaItem item = new MediaItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5), (Integer) rs.getObject(6),
                                (Integer) rs.getObject(7), Instant.ofEpochMilli(rs.getLong(8)));
                        List<Long> ids = new ArrayList<>();
                        String used = rs.getString(9);
                        if (used != null) {
                            for (String s : used.split(",")) {
                                ids.add(Long.parseLong(s));
                            }
                        }
                        out.add(new MediaUsage(item, ids));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** Rebuilds the search index entries of one note; used by save and by bulk loaders. */
    static void index(Connection c, Note note) throws Exception {
        String topics = String.join(" ", note.topics());
        unindex(c, note.id());
        try (PreparedStatement fts = c.prepareStatement(
                "INSERT INTO note_fts(rowid, title, body, topics) VALUES(?,?,?,?)");
             PreparedStatement grams = c.prepareStatement("INSERT INTO note_grams(rowid, grams) VALUES(?,?)")) {
            fts.setLong(1, note.id());
            fts.setString(2, note.title());
            fts.setString(3, note.body());
            fts.setString(4, topics);
            fts.executeUpdate();
            grams.setLong(1, note.id());
            grams.setString(2, SearchText.grams(note.title(), note.body(), topics));
            grams.executeUpdate();
        }
    }

    /** For bulk loading (demo data, benchmarks): saves many new notes in one transaction, ids assigned. */
    public void insertAll(List<Note> notes) {
        db.inTransaction(c -> {
            for (Note n : notes) {
                Note stored = NoteRows.insert(c, n);
                NoteRows.writeChildren(c, stored);
                index(c, stored);
            }
            return null;
        });
    }

    /** Refreshes the query planner's statistics; run after a bulk load. */
    public void optimize() {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
                s.execute("INSERT INTO note_fts(note_fts) VALUES('optimize')");
                s.execute("INSERT INTO note_grams(note_grams) VALUES('optimize')");
            }
            return null;
        });
    }

    static List<NoteImage> noImages() {
        return List.of();
    }
}
