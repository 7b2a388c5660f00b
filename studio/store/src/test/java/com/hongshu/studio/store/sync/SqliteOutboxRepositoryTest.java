package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.EnqueueResult;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.Settlement;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteOutboxRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
    private Database db;
    private SqliteOutboxRepository outbox;
    private long account;

    @BeforeEach
    void open() {
        db = SyncDb.open(dir.resolve("studio.db"), clock);
        outbox = new SqliteOutboxRepository(db, clock);
        account = new SqliteSyncAccountRepository(db)
                .upsert("app-1", "seller-1", "小红薯的店", java.time.ZoneId.of("Asia/Shanghai"), clock.instant()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Instant now() {
        return clock.instant();
    }

    private Instant lease() {
        return now().plus(Duration.ofMinutes(2));
    }

    @Test
    void enqueueJoinsTheCallersTransactionAndRollsBackWithIt() {
        assertThatThrownBy(() -> db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES ('note.draft', 'x')")) {
                ps.executeUpdate();
            }
            outbox.enqueue(c, NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"title\":\"秋天\"}"));
            throw new IllegalStateException("the domain change failed");
        })).isInstanceOf(RuntimeException.class);

        assertThat(outbox.list(OutboxQuery.all(10))).isEmpty();

        EnqueueResult ok = db.inTransaction(c -> outbox.enqueue(c,
                NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"title\":\"秋天\"}")));
        assertThat(ok.created()).isTrue();
        Operation op = ok.operation();
        assertThat(op.status()).isEqualTo(OperationStatus.PENDING);
        assertThat(op.idempotencyKey()).startsWith("hs-");
        assertThat(op.nextAttemptAt()).isEqualTo(now());
        assertThat(op.payload()).isEqualTo("{\"title\":\"秋天\"}");
    }

    @Test
    void theSameNoteQueuedTwiceIsOneOperationAndAPublishedNoteIsNotRepublished() {
        NewOperation publish = NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 7, "{\"v\":1}");
        Operation first = outbox.enqueue(publish).operation();

        EnqueueResult doubleClick = outbox.enqueue(publish);
        EnqueueResult scheduledAgainWithEdits = outbox.enqueue(
                NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 7, "{\"v\":2}"));
        assertThat(doubleClick.kind()).isEqualTo(EnqueueResult.Kind.DUPLICATE);
        assertThat(scheduledAgainWithEdits.kind()).isEqualTo(EnqueueResult.Kind.DUPLICATE);
        assertThat(doubleClick.operation().id()).isEqualTo(first.id());
        assertThat(outbox.list(OutboxQuery.all(10))).hasSize(1);

        Operation claimed = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        outbox.settle(claimed.id(), claimed.claimSeq(), new Settlement(OperationStatus.SUCCEEDED, now(), 1, false,
                "note-1", null, null, null, null), now());

        EnqueueResult again = outbox.enqueue(publish);
        assertThat(again.kind()).isEqualTo(EnqueueResult.Kind.ALREADY_DONE);
        assertThat(again.operation().remoteId()).isEqualTo("note-1");
        EnqueueResult explicit = outbox.enqueue(publish.asRepublish());
        assertThat(explicit.created()).isTrue();
        assertThat(explicit.operation().idempotencyKey()).isNotEqualTo(first.idempotencyKey());
    }

    @Test
    void aClaimIsOneConditionalUpdateThatASecondClaimerLoses() {
        Operation op = outbox.enqueue(NewOperation.of(account, OperationKind.STOCK, "sku", 1, "{\"qty\":5}")).operation();
        SqliteOutboxRepository otherWindow = new SqliteOutboxRepository(db, clock);

        Optional<Operation> mine = outbox.claimNext(now(), lease(), ClaimFilter.none());
        Optional<Operation> theirs = otherWindow.claimNext(now(), lease(), ClaimFilter.none());

        assertThat(mine).isPresent();
        assertThat(mine.get().status()).isEqualTo(OperationStatus.IN_FLIGHT);
        assertThat(mine.get().claimSeq()).isEqualTo(op.claimSeq() + 1);
        assertThat(mine.get().leaseUntil()).isEqualTo(lease());
        assertThat(theirs).isEmpty();
    }

    @Test
    void nothingIsClaimedBeforeItIsDue() {
        outbox.enqueue(NewOperation.of(account, OperationKind.STOCK, "sku", 1, "{}"));
        assertThat(outbox.claimNext(now().minusMillis(1), lease(), ClaimFilter.none())).isEmpty();
    }

    @Test
    void anExpiredLeaseBecomesUnknownNeverPending_andTheStaleDispatcherCannotSettle() {
        Operation op = outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{}")).operation();
        Operation first = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();

        assertThat(outbox.expireLeases(now().plus(Duration.ofMinutes(1)))).isZero();
        clock.advance(Duration.ofMinutes(3));
        assertThat(outbox.expireLeases(now())).isEqualTo(1);

        Operation expired = outbox.find(op.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(OperationStatus.UNKNOWN);
        assertThat(expired.maybeExecuted()).isTrue();
        assertThat(expired.lastErrorCode()).isEqualTo(SyncErrors.LEASE_EXPIRED);

        Operation second = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        assertThat(second.maybeExecuted()).isTrue();
        Settlement late = new Settlement(OperationStatus.SUCCEEDED, now(), 1, false, "note-9", null, null, null, null);
        assertThat(outbox.settle(first.id(), first.claimSeq(), late, now())).isFalse();
        assertThat(outbox.saveStep(first.id(), first.claimSeq(), "x", lease(), now())).isFalse();
        assertThat(outbox.settle(second.id(), second.claimSeq(), late, now())).isTrue();
    }

    @Test
    void changesToOneObjectGoOutInOrder() {
        Operation price1 = outbox.enqueue(NewOperation.of(account, OperationKind.PRICE, "sku", 3, "{\"price\":100}")).operation();
        Operation price2 = outbox.enqueue(NewOperation.of(account, OperationKind.PRICE, "sku", 3, "{\"price\":120}")).operation();
        Operation other = outbox.enqueue(NewOperation.of(account, OperationKind.PRICE, "sku", 4, "{\"price\":90}")).operation();

        Operation a = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        Operation b = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        assertThat(a.id()).isEqualTo(price1.id());
        assertThat(b.id()).isEqualTo(other.id());
        assertThat(outbox.claimNext(now(), lease(), ClaimFilter.none())).as("price2 waits for price1").isEmpty();

        outbox.settle(a.id(), a.claimSeq(), new Settlement(OperationStatus.SUCCEEDED, now(), 1, false, null, null,
                null, null, null), now());
        assertThat(outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow().id()).isEqualTo(price2.id());
    }

    @Test
    void theFilterSkipsPausedAccountsAndLimitedKinds() {
        long other = new SqliteSyncAccountRepository(db)
                .upsert("app-1", "seller-2", "第二家店", java.time.ZoneId.of("Asia/Shanghai"), now()).id();
        outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{}"));
        Operation stock = outbox.enqueue(NewOperation.of(account, OperationKind.STOCK, "sku", 1, "{}")).operation();
        Operation otherNote = outbox.enqueue(NewOperation.of(other, OperationKind.NOTE_CREATE, "note", 2, "{}")).operation();

        ClaimFilter capOnFirstAccountsNotes = new ClaimFilter(Set.of(), Set.of(),
                Set.of(new ClaimFilter.AccountKind(account, OperationKind.NOTE_CREATE)), null);
        assertThat(outbox.claimNext(now(), lease(), capOnFirstAccountsNotes).orElseThrow().id()).isEqualTo(stock.id());
        ClaimFilter firstPaused = new ClaimFilter(Set.of(account), Set.of(), Set.of(), null);
        assertThat(outbox.claimNext(now(), lease(), firstPaused).orElseThrow().id()).isEqualTo(otherNote.id());
        assertThat(outbox.claimNext(now(), lease(), firstPaused)).isEmpty();
    }

    @Test
    void cancelIsRefusedWhileTheOperationMayHaveReachedThePlatform() {
        Operation op = outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{}")).operation();
        Operation claimed = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        assertThat(outbox.cancel(op.id(), now())).as("in flight").isFalse();
        outbox.settle(claimed.id(), claimed.claimSeq(), new Settlement(OperationStatus.UNKNOWN, now(), 1, true, null,
                null, null, SyncErrors.UNKNOWN_OUTCOME, "timeout"), now());
        assertThat(outbox.cancel(op.id(), now())).as("maybe executed").isFalse();

        Operation pending = outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 2, "{}")).operation();
        assertThat(outbox.cancel(pending.id(), now())).isTrue();
        assertThat(outbox.find(pending.id()).orElseThrow().status()).isEqualTo(OperationStatus.CANCELLED);
    }

    @Test
    void retryNowReadsBackFirstWhenTheOperationMayHaveBeenDone_andMissedNotesPublishNow() {
        Operation maybe = outbox.enqueue(NewOperation.of(account, OperationKind.PRODUCT_CREATE, "product", 1, "{}")).operation();
        Operation c1 = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        outbox.settle(c1.id(), c1.claimSeq(), new Settlement(OperationStatus.FAILED, now(), 1, true, null, null, null,
                SyncErrors.PLATFORM_CHANGED, "html"), now());
        Operation missed = outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 2, "{}")
                .dueAt(now().minus(Duration.ofHours(3)))).operation();
        Operation c2 = outbox.claimNext(now(), lease(), ClaimFilter.none()).orElseThrow();
        outbox.settle(c2.id(), c2.claimSeq(), new Settlement(OperationStatus.MISSED, now(), 0, false, null, null, null,
                SyncErrors.MISSED, "missed"), now());

        clock.advance(Duration.ofMinutes(5));
        Instant deadline = now().plus(Duration.ofDays(3));
        assertThat(outbox.retryNow(maybe.id(), now(), deadline)).isTrue();
        assertThat(outbox.retryNow(missed.id(), now(), deadline)).isTrue();
        assertThat(outbox.retryNow(missed.id(), now(), deadline)).as("already pending").isFalse();

        assertThat(outbox.find(maybe.id()).orElseThrow().status()).isEqualTo(OperationStatus.UNKNOWN);
        Operation publishNow = outbox.find(missed.id()).orElseThrow();
        assertThat(publishNow.status()).isEqualTo(OperationStatus.PENDING);
        assertThat(publishNow.dueAt()).isNull();
        assertThat(publishNow.deadlineAt()).isEqualTo(deadline);
        assertThat(publishNow.nextAttemptAt()).isEqualTo(now());
    }

    @Test
    void postponeOnlyMovesWaitingOperationsLater_andCountsAreByStatus() {
        Operation a = outbox.enqueue(NewOperation.of(account, OperationKind.STOCK, "sku", 1, "{}")).operation();
        Operation b = outbox.enqueue(NewOperation.of(account, OperationKind.STOCK, "sku", 2, "{}")).operation();
        Instant later = now().plusSeconds(60);
        assertThat(outbox.waiting(account, OperationKind.STOCK, later, 10)).extracting(Operation::id)
                .containsExactly(a.id(), b.id());
        assertThat(outbox.postpone(Map.of(a.id(), later, b.id(), now().minusSeconds(5)), now())).isEqualTo(1);
        assertThat(outbox.find(a.id()).orElseThrow().nextAttemptAt()).isEqualTo(later);
        assertThat(outbox.find(b.id()).orElseThrow().nextAttemptAt()).isEqualTo(now());
        assertThat(outbox.nextWakeUp()).contains(now());
        assertThat(outbox.countByStatus()).containsEntry(OperationStatus.PENDING, 2);
    }
}
