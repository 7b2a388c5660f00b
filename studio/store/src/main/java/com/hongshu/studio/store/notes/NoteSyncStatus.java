package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps each note's status in step with what its latest create operation came to, and records what the platform's
 * review said afterwards. The outbox is the truth about pushes; the note shows it to the user.
 */
public final class NoteSyncStatus {

    /** A note the platform holds, to look at again (review outcome, scheduled publication). */
    public record RemoteNote(long noteId, long accountId, String remoteId, NoteStatus status) {
    }

    /** A note that needs the user, with the reason in the platform's or the engine's words (may be null). */
    public record Attention(long noteId, String title, NoteStatus status, String message, Instant scheduledAt) {
    }

    private final Database db;
    private final Clock clock;

    public NoteSyncStatus(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Moves notes to their create's outcome; returns how many changed. */
    public int reconcile() {
        long now = clock.millis();
        return db.inTransaction(c -> {
            record Row(long id, String status, String opStatus, Long due, String remote, String message) {
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.status, o.status, o.due_at, o.remote_id,"
                    + " o.last_error_message FROM note n JOIN outbox_operation o ON o.id = (SELECT max(x.id) FROM"
                    + " outbox_operation x WHERE x.aggregate_type = 'note' AND x.aggregate_id = n.id"
                    + " AND x.kind = 'NOTE_CREATE' AND x.status <> 'CANCELLED')"
                    + " WHERE n.status IN ('SCHEDULED', 'FAILED', 'MISSED', 'UNCONFIRMED') AND n.deleted_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long due = rs.getLong(4);
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : due,
                            rs.getString(5), rs.getString(6)));
                }
            }
            int changed = 0;
            for (Row r : rows) {
                NoteStatus target = switch (r.opStatus()) {
                    case "SUCCEEDED" -> r.due() == null || r.due() <= now ? NoteStatus.PUBLISHED : NoteStatus.SCHEDULED;
                    case "FAILED" -> NoteStatus.FAILED;
                    case "MISSED" -> NoteStatus.MISSED;
                    case "UNCONFIRMED" -> NoteStatus.UNCONFIRMED;
                    default -> NoteStatus.SCHEDULED;
                };
                String message = target == NoteStatus.FAILED || target == NoteStatus.MISSED
                        || target == NoteStatus.UNCONFIRMED ? r.message() : null;
                if (target.name().equals(r.status()) && r.remote() == null) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE note SET status = ?, sync_message = ?,"
                        + " remote_id = coalesce(?, remote_id), updated_at = ? WHERE id = ?"
                        + " AND (status <> ? OR coalesce(remote_id, '') <> coalesce(?, remote_id, ''))")) {
                    ps.setString(1, target.name());
                    ps.setString(2, message);
                    ps.setString(3, r.remote());
                    ps.setLong(4, now);
                    ps.setLong(5, r.id());
                    ps.setString(6, target.name());
                    ps.setString(7, r.remote());
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }

    /** The platform's review refused a published note. */
    public void markRejected(long noteId, String reason) {
        db.inTransaction(c -> {
            OutboxNotePublishing.setStatus(c, noteId, NoteStatus.REJECTED, null,
                    Objects.requireNonNullElse(reason, ""), clock.instant());
            return null;
        });
    }

    /** Notes this studio sent in the last week (their review may still change), least recently changed first. */
    public List<RemoteNote> onPlatform(int limit) {
        long since = clock.millis() - java.time.Duration.ofDays(7).toMillis();
        return db.read(c -> {
            List<RemoteNote> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, coalesce(account_id, (SELECT min(id) FROM"
                    + " sync_account)), remote_id, status FROM note WHERE remote_id IS NOT NULL"
                    + " AND status IN ('PUBLISHED', 'SCHEDULED') AND deleted_at IS NULL AND EXISTS (SELECT 1 FROM"
                    + " outbox_operation o WHERE o.aggregate_type = 'note' AND o.aggregate_id = note.id"
                    + " AND o.kind = 'NOTE_CREATE' AND o.status = 'SUCCEEDED' AND o.updated_at >= ?)"
                    + " ORDER BY updated_at LIMIT ?")) {
                ps.setLong(1, since);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RemoteNote(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                NoteStatus.valueOf(rs.getString(4))));
                    }
                }
            }
            return out;
        });
    }

    /** Notes that wait for the user: failed, missed, unconfirmed, rejected. */
    public List<Attention> needingAttention(int limit) {
        return db.read(c -> {
            List<Attention> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, status, sync_message, scheduled_at"
                    + " FROM note WHERE status IN ('FAILED', 'MISSED', 'UNCONFIRMED', 'REJECTED')"
                    + " AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long at = rs.getLong(5);
                        out.add(new Attention(rs.getLong(1), rs.getString(2), NoteStatus.valueOf(rs.getString(3)),
                                rs.getString(4), rs.wasNull() ? null : Instant.ofEpochMilli(at)));
                    }
                }
            }
            return out;
        });
    }
}
