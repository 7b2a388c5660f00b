package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.RateLimit;
import com.hongshu.studio.core.sync.RateScope;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncCursor;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncAccountsAndCursorsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");

    @Test
    void anAccountIsUpsertedByAppAndSeller_pausedWithAReason_andResumed_acrossRestarts() {
        Path file = dir.resolve("studio.db");
        long id;
        try (Database db = SyncDb.open(file, clock)) {
            SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(db);
            SyncAccount shop = accounts.upsert("app-1", "seller-1", "小红薯的店", ZoneId.of("Asia/Shanghai"), clock.instant());
            SyncAccount renamed = accounts.upsert("app-1", "seller-1", "小红薯的新店", ZoneId.of("Europe/Berlin"),
                    clock.instant());
            id = shop.id();
            assertThat(renamed.id()).isEqualTo(id);
            assertThat(renamed.zone()).as("connecting again keeps the zone the user chose")
                    .isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(accounts.all()).hasSize(1);
            assertThat(accounts.setZone(id, ZoneId.of("Europe/Berlin"), clock.instant())).isTrue();
            assertThat(accounts.setZone(id + 1, ZoneId.of("Europe/Berlin"), clock.instant())).isFalse();
            assertThat(accounts.pause(id, AccountState.PAUSED_RISK, "需要在平台上完成验证", clock.instant())).isTrue();
        }
        try (Database db = SyncDb.open(file, clock)) {
            SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(db);
            SyncAccount paused = accounts.find(id).orElseThrow();
            assertThat(paused.displayName()).isEqualTo("小红薯的新店");
            assertThat(paused.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(paused.state()).isEqualTo(AccountState.PAUSED_RISK);
            assertThat(paused.pauseReason()).isEqualTo("需要在平台上完成验证");
            assertThat(paused.pausedAt()).isEqualTo(clock.instant());
            assertThat(accounts.resume(id, clock.instant())).isTrue();
            assertThat(accounts.resume(id, clock.instant())).as("already active").isFalse();
            accounts.markSynced(id, clock.instant());
            assertThat(accounts.find(id).orElseThrow().lastSyncAt()).isEqualTo(clock.instant());
            assertThat(accounts.find(id).orElseThrow().paused()).isFalse();
        }
    }

    @Test
    void aRateLimitKeepsTheLaterEndAndExpires() {
        try (Database db = SyncDb.open(dir.resolve("studio.db"), clock)) {
            SqliteRateLimitRepository limits = new SqliteRateLimitRepository(db);
            RateScope cap = RateScope.accountMethod(1, OperationKind.NOTE_CREATE);
            Instant reset = clock.instant().plus(Duration.ofHours(6));
            limits.limit(cap, reset, "1203");
            limits.limit(cap, clock.instant().plusSeconds(30), "1203");
            limits.limit(RateScope.app(), clock.instant().plusSeconds(10), "429");
            assertThat(limits.active(clock.instant())).containsExactlyInAnyOrder(
                    new RateLimit(cap, reset, "1203"), new RateLimit(RateScope.app(), clock.instant().plusSeconds(10), "429"));
            assertThat(limits.active(clock.instant().plusSeconds(10))).extracting(RateLimit::scope).containsExactly(cap);
            assertThat(limits.active(reset)).isEmpty();
        }
    }

    @Test
    void aPullCursorIsSavedWithItsHighWaterMark() {
        try (Database db = SyncDb.open(dir.resolve("studio.db"), clock)) {
            SqliteSyncCursorRepository cursors = new SqliteSyncCursorRepository(db);
            assertThat(cursors.find("stats.notes")).isEmpty();
            cursors.save(new SyncCursor("stats.notes", "page-3", Instant.parse("2026-11-24T01:00:00Z"), clock.instant()));
            cursors.save(new SyncCursor("stats.notes", "page-4", Instant.parse("2026-11-24T01:30:00Z"), clock.instant()));
            assertThat(cursors.find("stats.notes")).contains(new SyncCursor("stats.notes", "page-4",
                    Instant.parse("2026-11-24T01:30:00Z"), clock.instant()));
            cursors.save(new SyncCursor("orders", null, null, clock.instant()));
            assertThat(cursors.find("orders").orElseThrow().cursor()).isNull();
        }
    }
}
