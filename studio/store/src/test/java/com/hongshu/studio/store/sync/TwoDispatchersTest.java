package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.sync.EnqueueResult;
import com.hongshu.studio.core.sync.ExecuteRequest;
import com.hongshu.studio.core.sync.Lookup;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.core.sync.RemoteGateway;
import com.hongshu.studio.core.sync.RunResult;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklist 20: two dispatchers (two app windows: two connections to one file) never claim the same operation. */
class TwoDispatchersTest {

    @TempDir
    Path dir;

    @Test
    void twoEnginesOnTwoConnectionsExecuteEveryOperationExactlyOnce() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        Path file = dir.resolve("studio.db");
        SyncConfig config = SyncConfig.defaults().withVerifyWindow(Duration.ZERO);
        FakePlatform platform = new FakePlatform(clock);
        try (Database first = SyncDb.open(file, clock); Database second = SyncDb.open(file, clock)) {
            long account = new SqliteSyncAccountRepository(first)
                    .upsert("app-1", "seller-1", "小店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
            SqliteOutboxRepository outbox = new SqliteOutboxRepository(first, clock);
            OperationKind[] kinds = {OperationKind.NOTE_CREATE, OperationKind.PRODUCT_CREATE, OperationKind.STOCK,
                    OperationKind.PRICE};
            int count = 400;
            first.inTransaction(c -> {
                for (int i = 0; i < count; i++) {
                    outbox.enqueue(c, NewOperation.of(account, kinds[i % kinds.length], "obj", i / kinds.length,
                            "{\"n\":" + i + "}"));
                }
                return null;
            });

            List<SyncEngine> engines = List.of(engine(first, platform, clock, config, 1),
                    engine(second, platform, clock, config, 2));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> handled = new ArrayList<>();
                for (SyncEngine engine : engines) {
                    handled.add(pool.submit(() -> engine.runUntilIdle(10_000)));
                }
                int total = 0;
                for (Future<Integer> f : handled) {
                    total += f.get(120, TimeUnit.SECONDS);
                }
                assertThat(total).isEqualTo(count);
            } finally {
                pool.shutdownNow();
            }

            assertThat(platform.executedKeys).hasSize(count);
            assertThat(new HashSet<>(platform.executedKeys)).hasSize(count);
            assertThat(outbox.list(OutboxQuery.all(count + 1)))
                    .allSatisfy(op -> assertThat(op.status()).isEqualTo(OperationStatus.SUCCEEDED));
            assertThat(platform.violations).isEmpty();
        }
    }

    @Test
    void twoWindowsQueueingTheSameNotesAtOnceQueueEachNoteOnce() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        Path file = dir.resolve("studio.db");
        try (Database first = SyncDb.open(file, clock); Database second = SyncDb.open(file, clock)) {
            long account = new SqliteSyncAccountRepository(first)
                    .upsert("app-1", "seller-1", "小店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
            List<SqliteOutboxRepository> windows = List.of(new SqliteOutboxRepository(first, clock),
                    new SqliteOutboxRepository(second, clock));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> created = new ArrayList<>();
                for (SqliteOutboxRepository window : windows) {
                    Callable<Integer> clicks = () -> {
                        int n = 0;
                        for (int note = 0; note < 100; note++) {
                            EnqueueResult r = window.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE,
                                    "note", note, "{\"note\":" + note + "}"));
                            n += r.created() ? 1 : 0;
                        }
                        return n;
                    };
                    created.add(pool.submit(clicks));
                }
                assertThat(created.get(0).get(60, TimeUnit.SECONDS) + created.get(1).get(60, TimeUnit.SECONDS))
                        .isEqualTo(100);
            } finally {
                pool.shutdownNow();
            }
            assertThat(windows.get(0).list(OutboxQuery.all(1000))).hasSize(100);
        }
    }

    @Test
    void aDispatcherWhoseLeaseEndedDuringItsCallCannotOverwriteTheOneThatTookOver() {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        Path file = dir.resolve("studio.db");
        SyncConfig config = SyncConfig.defaults();
        FakePlatform platform = new FakePlatform(clock);
        try (Database first = SyncDb.open(file, clock); Database second = SyncDb.open(file, clock)) {
            long account = new SqliteSyncAccountRepository(first)
                    .upsert("app-1", "seller-1", "小店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
            SqliteOutboxRepository outbox = new SqliteOutboxRepository(first, clock);
            long id = outbox.enqueue(NewOperation.of(account, OperationKind.PRODUCT_CREATE, "product", 1, "{}"))
                    .operation().id();
            SyncEngine other = engine(second, platform, clock, config, 2);
            List<RunResult> takeover = new ArrayList<>();
            RemoteGateway slow = new RemoteGateway() {
                @Override
                public Outcome execute(ExecuteRequest request) {
                    clock.advance(config.lease().plusSeconds(1)); // this call outlives the lease...
                    takeover.add(other.runOnce());                // ...and the other window takes the operation over
                    return platform.execute(request);
                }

                @Override
                public Lookup lookup(Operation operation) {
                    return platform.lookup(operation);
                }
            };
            SyncEngine stale = new SyncEngine(new SqliteOutboxRepository(first, clock),
                    new SqliteSyncAccountRepository(first), new SqliteRateLimitRepository(first), slow, clock,
                    new Random(1), config);

            RunResult result = stale.runOnce();

            // The other window sent it; the OK is verified by read-back before it counts.
            assertThat(takeover).singleElement().satisfies(r -> {
                assertThat(r.expiredLeases()).isEqualTo(1);
                assertThat(r.status()).isEqualTo(OperationStatus.VERIFYING);
            });
            assertThat(result.claimLost()).isTrue();
            assertThat(outbox.find(id).orElseThrow().claimSeq()).isEqualTo(2);
            clock.advance(config.verifyWindow());
            assertThat(other.runOnce().status()).isEqualTo(OperationStatus.SUCCEEDED);
            Operation op = outbox.find(id).orElseThrow();
            assertThat(op.status()).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(platform.objects(FakePlatform.naturalKey(op))).hasSize(1)
                    .first().extracting(FakePlatform.Remote::id).isEqualTo(op.remoteId());
        }
    }

    private static SyncEngine engine(Database db, FakePlatform platform, MutableClock clock, SyncConfig config,
                                     long seed) {
        return new SyncEngine(new SqliteOutboxRepository(db, clock), new SqliteSyncAccountRepository(db),
                new SqliteRateLimitRepository(db), platform, clock, new Random(seed), config);
    }
}
