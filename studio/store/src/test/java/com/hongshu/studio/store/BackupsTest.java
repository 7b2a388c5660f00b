package com.hongshu.studio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aBackupRestoresWhatWasThereWhenItWasTaken() throws Exception {
        Path wsDir = dir.resolve("ws");
        Path backupsDir = wsDir.resolve("backups");
        Backups.Backup backup;
        try (Workspace ws = Workspace.open(wsDir, Clock.systemUTC())) {
            SqliteSettingsRepository settings = new SqliteSettingsRepository(ws.database());
            settings.put("shop", "小红薯的店");
            backup = new Backups(ws.database(), backupsDir, at("2026-11-24T08:00:00Z"), 7).backupNow();
            settings.put("shop", "changed after the backup");
        }

        Path kept = Backups.restore(backup.file(), wsDir.resolve(Workspace.DATABASE_FILE), backupsDir,
                at("2026-11-24T09:00:00Z"));

        try (Workspace ws = Workspace.open(wsDir, Clock.systemUTC())) {
            assertThat(new SqliteSettingsRepository(ws.database()).get("shop")).contains("小红薯的店");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kept); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM setting WHERE key='shop'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("changed after the backup");
        }
    }

    @Test
    void onlyTheNewestAreKeptAndOneADay() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"), Clock.systemUTC())) {
            Instant start = Instant.parse("2026-11-01T08:00:00Z");
            for (int day = 0; day < 10; day++) {
                Clock clock = Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC);
                Backups backups = new Backups(ws.database(), dir.resolve("b"), clock, 7);
                assertThat(backups.dailyBackup(ZoneId.of("Asia/Shanghai"))).isPresent();
                assertThat(backups.dailyBackup(ZoneId.of("Asia/Shanghai"))).isEmpty();
            }
            Backups backups = new Backups(ws.database(), dir.resolve("b"), Clock.systemUTC(), 7);
            assertThat(backups.list()).hasSize(7);
            assertThat(backups.list().get(0).takenAt()).isEqualTo(start.plus(Duration.ofDays(9)));
        }
    }

    @Test
    void aCorruptOrNewerBackupIsRefusedAndNothingIsReplaced() throws Exception {
        Path wsDir = dir.resolve("ws");
        Workspace.open(wsDir, Clock.systemUTC()).close();
        Path db = wsDir.resolve(Workspace.DATABASE_FILE);
        byte[] before = Files.readAllBytes(db);

        Path garbage = Files.write(dir.resolve("garbage.db"), "not a database at all, 真的".getBytes());
        assertThatThrownBy(() -> Backups.restore(garbage, db, wsDir.resolve("backups"), Clock.systemUTC()))
                .isInstanceOfSatisfying(Backups.RestoreRefused.class,
                        e -> assertThat(e.refusal()).isEqualTo(Backups.Refusal.NOT_A_DATABASE));

        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
            s.execute("PRAGMA user_version=" + (Database.latestSchemaVersion() + 1));
        }
        assertThatThrownBy(() -> Backups.restore(newer, db, wsDir.resolve("backups"), Clock.systemUTC()))
                .isInstanceOfSatisfying(Backups.RestoreRefused.class,
                        e -> assertThat(e.refusal()).isEqualTo(Backups.Refusal.NEWER_SCHEMA));

        Path truncated = dir.resolve("truncated.db");
        byte[] whole = Files.readAllBytes(db);
        Files.write(truncated, java.util.Arrays.copyOf(whole, Math.max(100, whole.length / 3)));
        assertThatThrownBy(() -> Backups.restore(truncated, db, wsDir.resolve("backups"), Clock.systemUTC()))
                .isInstanceOf(Backups.RestoreRefused.class);

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
