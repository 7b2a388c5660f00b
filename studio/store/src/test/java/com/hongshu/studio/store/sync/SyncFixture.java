package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.EnqueueResult;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.RunResult;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** A workspace database file, the store repositories over it, a fake platform and an engine; re-creatable. */
final class SyncFixture implements AutoCloseable {

    final Path file;
    final MutableClock clock;
    final FakePlatform platform;
    final Random random;
    SyncConfig config;
    Database db;
    SqliteOutboxRepository outbox;
    SqliteSyncAccountRepository accounts;
    SqliteRateLimitRepository limits;
    SyncEngine engine;

    SyncFixture(Path dir, MutableClock clock, SyncConfig config, long seed) {
        this.file = dir.resolve("studio.db");
        this.clock = clock;
        this.platform = new FakePlatform(clock);
        this.random = new Random(seed);
        this.config = config;
        open();
    }

    static SyncFixture create(Path dir) {
        return new SyncFixture(dir, MutableClock.at("2026-11-24T02:00:00Z"), SyncConfig.defaults(), 7);
    }

    private void open() {
        db = SyncDb.open(file, clock);
        outbox = new SqliteOutboxRepository(db, clock);
        accounts = new SqliteSyncAccountRepository(db);
        limits = new SqliteRateLimitRepository(db);
        engine = new SyncEngine(outbox, accounts, limits, platform, clock, random, config);
    }

    /** The app dies: everything in memory is gone; the database file stays. */
    void restart() {
        db.close();
        open();
    }

    SyncAccount account(String sellerId, String zone) {
        return accounts.upsert("app-1", sellerId, "店铺 " + sellerId, ZoneId.of(zone), clock.instant());
    }

    Operation enqueue(long accountId, OperationKind kind, long aggregateId, String payload) {
        String type = kind.name().startsWith("NOTE") ? "note" : kind == OperationKind.MEDIA_UPLOAD ? "media" : "product";
        EnqueueResult r = outbox.enqueue(NewOperation.of(accountId, kind, type, aggregateId, payload));
        return r.operation();
    }

    Operation op(long id) {
        return outbox.find(id).orElseThrow();
    }

    OperationStatus status(long id) {
        return op(id).status();
    }

    RunResult step() {
        return engine.runOnce();
    }

    /**
     * Dispatches, moving the clock to the next wake-up whenever nothing is due, until {@code done} holds or the step
     * budget runs out. Returns whether {@code done} holds.
     */
    boolean runUntil(BooleanSupplier done, int maxSteps) {
        for (int i = 0; i < maxSteps && !done.getAsBoolean(); i++) {
            if (engine.runOnce().idle()) {
                Optional<Instant> wake = outbox.nextWakeUp();
                Instant now = clock.instant();
                Instant target = wake.filter(now::isBefore).orElse(now.plusSeconds(1));
                clock.set(target.plusMillis(1));
            }
        }
        return done.getAsBoolean();
    }

    boolean settle(long id) {
        return runUntil(() -> !OperationStatus.CLAIMABLE.contains(status(id)) && status(id) != OperationStatus.IN_FLIGHT,
                10_000);
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    @Override
    public void close() {
        db.close();
    }
}
