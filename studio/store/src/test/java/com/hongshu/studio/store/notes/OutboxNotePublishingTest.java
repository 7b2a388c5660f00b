package com.hongshu.studio.store.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.PayloadCodec;
import com.hongshu.studio.core.sync.Settlement;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxNotePublishingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    /** The payload as plain text is enough here; the JSON codec is the platform module's. */
    private static final PayloadCodec CODEC = new PayloadCodec() {
        @Override
        public String encode(Object payload) {
            return payload.toString();
        }

        @Override
        public <T> T decode(String text, Class<T> type) {
            throw new UnsupportedOperationException();
        }
    };

    @TempDir
    Path dir;
    private Database db;
    private SqliteNoteRepository notes;
    private SqliteOutboxRepository outbox;
    private OutboxNotePublishing publishing;
    private NoteSyncStatus status;
    private int wakeUps;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db = Database.open(dir.resolve("studio.db"), clock);
        notes = new SqliteNoteRepository(db, clock);
        outbox = new SqliteOutboxRepository(db, clock);
        new SqliteSyncAccountRepository(db).upsert("app", "seller-1", "店铺", ZoneId.of("Asia/Shanghai"), NOW);
        publishing = new OutboxNotePublishing(db, outbox, CODEC, clock);
        publishing.onQueued(() -> wakeUps++);
        status = new NoteSyncStatus(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long note() {
        return notes.save(Note.draft(NOW).withText("周末穿搭", "分享")).id();
    }

    private List<Operation> ops(long noteId) {
        return outbox.list(OutboxQuery.ofAggregate("note", noteId));
    }

    @Test
    void schedulingSavesTheStatusAndQueuesTheCreateTogether() {
        long id = note();
        Instant at = NOW.plus(Duration.ofDays(2));
        publishing.schedule(id, at);
        assertThat(notes.findById(id).orElseThrow().status()).isEqualTo(NoteStatus.SCHEDULED);
        assertThat(notes.findById(id).orElseThrow().scheduledAt()).isEqualTo(at);
        assertThat(ops(id)).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(OperationKind.NOTE_CREATE);
            assertThat(op.dueAt()).isEqualTo(at);
            assertThat(op.accountId()).isEqualTo(1);
        });
        assertThat(wakeUps).isEqualTo(1);
    }

    @Test
    void publishNowHasNoDueTimeAndSchedulingTwiceQueuesOnce() {
        long id = note();
        publishing.schedule(id, NOW);
        publishing.schedule(id, NOW);
        List<Operation> live = ops(id).stream().filter(o -> o.status().isLive()).toList();
        assertThat(live).singleElement().satisfies(op -> assertThat(op.dueAt()).isNull());
    }

    @Test
    void reschedulingBeforeAnythingWasSentReplacesTheQueuedCreate() {
        long id = note();
        publishing.schedule(id, NOW.plus(Duration.ofDays(20)));
        publishing.schedule(id, NOW.plus(Duration.ofDays(21)));
        assertThat(ops(id)).extracting(Operation::status)
                .containsExactlyInAnyOrder(OperationStatus.CANCELLED, OperationStatus.PENDING);
        publishing.unschedule(id);
        assertThat(ops(id)).extracting(Operation::status).containsOnly(OperationStatus.CANCELLED);
        assertThat(notes.findById(id).orElseThrow().status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void reschedulingANoteScheduledOnThePlatformCancelsThereThenCreatesAgain() {
        long id = note();
        Instant first = NOW.plus(Duration.ofDays(2));
        publishing.schedule(id, first);
        Operation create = ops(id).get(0);
        succeed(create, "note-remote-1");
        publishing.schedule(id, NOW.plus(Duration.ofDays(3)));
        List<Operation> after = ops(id).stream().filter(o -> o.status() == OperationStatus.PENDING)
                .sorted(java.util.Comparator.comparingLong(Operation::id)).toList();
        assertThat(after).extracting(Operation::kind).containsExactly(OperationKind.NOTE_CANCEL,
                OperationKind.NOTE_CREATE);
        assertThat(after.get(0).payload()).contains(create.idempotencyKey()).contains("note-remote-1");
    }

    @Test
    void aPublishedNoteCannotBeRescheduled() {
        long id = note();
        publishing.schedule(id, NOW);
        succeed(ops(id).get(0), "note-remote-2");
        assertThatThrownBy(() -> publishing.schedule(id, NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(status.reconcile()).isEqualTo(1);
        Note published = notes.findById(id).orElseThrow();
        assertThat(published.status()).isEqualTo(NoteStatus.PUBLISHED);
        assertThat(published.remoteId()).isEqualTo("note-remote-2");
    }

    @Test
    void aFailedCreateShowsOnTheNoteWithItsReason() {
        long id = note();
        publishing.schedule(id, NOW);
        Operation op = outbox.claimNext(NOW, NOW.plusSeconds(60), com.hongshu.studio.core.sync.ClaimFilter.none())
                .orElseThrow();
        outbox.settle(op.id(), op.claimSeq(), new Settlement(OperationStatus.FAILED, NOW, 1, false, null, null,
                null, "VALIDATION", "标题含有违禁词"), NOW);
        status.reconcile();
        assertThat(notes.findById(id).orElseThrow().status()).isEqualTo(NoteStatus.FAILED);
        assertThat(status.needingAttention(10)).singleElement()
                .satisfies(a -> assertThat(a.message()).isEqualTo("标题含有违禁词"));
    }

    private void succeed(Operation op, String remoteId) {
        Operation claimed = outbox.claimNext(NOW, NOW.plusSeconds(60), com.hongshu.studio.core.sync.ClaimFilter.none())
                .orElseThrow();
        assertThat(claimed.id()).isEqualTo(op.id());
        outbox.settle(claimed.id(), claimed.claimSeq(), new Settlement(OperationStatus.SUCCEEDED, NOW, 1, false,
                remoteId, null, null, null, null), NOW);
    }
}
