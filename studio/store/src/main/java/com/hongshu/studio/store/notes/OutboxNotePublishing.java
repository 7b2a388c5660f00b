package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.Visibility;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.PayloadCodec;
import com.hongshu.studio.core.sync.Payloads;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link NotePublishing} that saves the note's status and queues its platform operations in one transaction.
 * Rescheduling or taking back a note whose create was not sent yet withdraws that create; one already scheduled on
 * the platform (sent with a native postTime that has not come) is cancelled there and, when rescheduled, created
 * again. A note being sent right now, or already out, cannot be rescheduled: {@link IllegalStateException}.
 */
public final class OutboxNotePublishing implements NotePublishing {

    /** Below this much time before a native schedule, cancelling it there may race its publication. */
    static final Duration TOO_LATE_TO_CANCEL = Duration.ofMinutes(5);

    private final Database db;
    private final SqliteOutboxRepository outbox;
    private final PayloadCodec codec;
    private final Clock clock;
    private volatile Runnable onQueued = () -> { };

    public OutboxNotePublishing(Database db, SqliteOutboxRepository outbox, PayloadCodec codec, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    /** Called after a commit that queued something (the sync scheduler wakes up). */
    public void onQueued(Runnable listener) {
        this.onQueued = listener;
    }

    @Override
    public void schedule(long noteId, Instant at) {
        Instant now = clock.instant();
        inTransaction(c -> {
            Note note = load(c, noteId);
            long account = accountOf(c, noteId);
            Optional<Operation> remoteCreate = withdraw(c, note, now);
            String payload = codec.encode(payload(note));
            NewOperation create = NewOperation.of(account, OperationKind.NOTE_CREATE, "note", noteId, payload)
                    .dueAt(at.isAfter(now) ? at : null);
            if (remoteCreate.isPresent()) {
                create = create.asRepublish();
            }
            outbox.enqueue(c, create);
            setStatus(c, noteId, NoteStatus.SCHEDULED, at, null, now);
            return null;
        });
        onQueued.run();
    }

    @Override
    public void unschedule(long noteId) {
        Instant now = clock.instant();
        inTransaction(c -> {
            Note note = load(c, noteId);
            withdraw(c, note, now);
            setStatus(c, noteId, NoteStatus.DRAFT, null, null, now);
            return null;
        });
        onQueued.run();
    }

    /** Refusals (illegal state or argument) come out as themselves, not as a failed transaction. */
    private void inTransaction(Database.SqlWork<Void> work) {
        try {
            db.inTransaction(work);
        } catch (com.hongshu.studio.core.workspace.StoreException e) {
            if (e.getCause() instanceof IllegalStateException || e.getCause() instanceof IllegalArgumentException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    /**
     * Takes back what was queued for the note: a create not sent yet is cancelled locally; a create the platform
     * holds as a native schedule gets a NOTE_CANCEL queued (answered with that create). Refuses when it cannot be
     * withdrawn safely.
     */
    private Optional<Operation> withdraw(Connection c, Note note, Instant now) throws Exception {
        List<Operation> creates = outbox.list(OutboxQuery.ofAggregate("note", note.id())).stream()
                .filter(o -> o.kind() == OperationKind.NOTE_CREATE)
                .sorted(Comparator.comparingLong(Operation::id).reversed()).toList();
        for (Operation op : creates) {
            if (op.status() == OperationStatus.CANCELLED) {
                continue;
            }
            if (op.status().isLive() || op.status() == OperationStatus.FAILED
                    || op.status() == OperationStatus.MISSED) {
                if (!op.maybeExecuted() && cancel(c, op.id(), now)) {
                    continue;
                }
                throw new IllegalStateException("note " + note.id() + " is being sent to the platform right now");
            }
            if (op.status() == OperationStatus.SUCCEEDED) {
                boolean nativelyScheduled = op.dueAt() != null && op.dueAt().isAfter(now.plus(TOO_LATE_TO_CANCEL));
                if (!nativelyScheduled) {
                    throw new IllegalStateException("note " + note.id() + " is already published");
                }
                outbox.enqueue(c, NewOperation.of(op.accountId(), OperationKind.NOTE_CANCEL, "note", note.id(),
                        codec.encode(new Payloads.NoteRemove(op.idempotencyKey(), op.remoteId()))));
                return Optional.of(op);
            }
            return Optional.empty(); // UNCONFIRMED: the platform never showed it; a new create is a new publication
        }
        return Optional.empty();
    }

    private static boolean cancel(Connection c, long id, Instant now) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_operation SET status = 'CANCELLED',"
                + " updated_at = ? WHERE id = ? AND maybe_executed = 0 AND status IN ('PENDING', 'WAITING_RETRY',"
                + " 'NEEDS_USER', 'FAILED', 'MISSED')")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Payloads.NoteCreate payload(Note note) {
        List<String> media = note.kind() == NoteKind.VIDEO && note.videoMediaId() != null
                ? List.of(mediaRef(note.videoMediaId()))
                : note.images().stream().map(NoteImage::mediaId).map(OutboxNotePublishing::mediaRef).toList();
        int privacy = note.visibility() == Visibility.PUBLIC ? 0 : note.visibility() == Visibility.ONLY_ME ? 1 : 2;
        return new Payloads.NoteCreate(note.kind() == NoteKind.VIDEO ? "video" : "normal", note.title(), note.body(),
                media, note.topics(), note.mentions(), privacy,
                note.linkedProductIds().stream().map(String::valueOf).toList());
    }

    /** The payload's reference to a media library item. */
    public static String mediaRef(long mediaId) {
        return "media:" + mediaId;
    }

    private static Note load(Connection c, long noteId) throws Exception {
        List<Note> found = NoteRows.load(c, "WHERE id = ? AND deleted_at IS NULL", List.of(noteId));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no note " + noteId);
        }
        return found.get(0);
    }

    private static long accountOf(Connection c, long noteId) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(n.account_id, (SELECT min(id) FROM"
                + " sync_account)) FROM note n WHERE n.id = ?")) {
            ps.setLong(1, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                long id = rs.next() ? rs.getLong(1) : 0;
                if (id == 0) {
                    throw new IllegalStateException("no platform account to publish with");
                }
                return id;
            }
        }
    }

    static void setStatus(Connection c, long noteId, NoteStatus status, Instant at, String message, Instant now)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET status = ?, scheduled_at = ?,"
                + " sync_message = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            if (at == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
            } else {
                ps.setLong(2, at.toEpochMilli());
            }
            ps.setString(3, message);
            ps.setLong(4, now.toEpochMilli());
            ps.setLong(5, noteId);
            ps.executeUpdate();
        }
    }
}
