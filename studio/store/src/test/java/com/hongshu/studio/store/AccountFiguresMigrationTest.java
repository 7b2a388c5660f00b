package com.hongshu.studio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace of schema 7 keeps its account figures (then of no named account) when migrated to per-account rows. */
class AccountFiguresMigrationTest {

    @TempDir
    Path dir;

    @Test
    void figuresWrittenBeforeTheyHadAnAccountAreKeptAsImported() throws Exception {
        Path file = dir.resolve("studio.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 1; v <= 7; v++) {
                try (InputStream in = Database.class.getResourceAsStream(String.format("/db/V%03d.sql", v))) {
                    for (String sql : SqlScript.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(sql);
                    }
                }
            }
            s.execute("INSERT INTO stat_account_day (day, followers, new_followers, lost_followers, profile_visits) "
                    + "VALUES (" + LocalDate.of(2026, 11, 20).toEpochDay() + ", 1200, 14, 3, 310)");
            s.execute("PRAGMA user_version=7");
        }

        try (Database db = Database.open(file, Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneId.of("UTC")))) {
            assertThat(db.migration().from()).isEqualTo(7);
            LocalDate day = LocalDate.of(2026, 11, 20);
            assertThat(new SqliteStatsRepository(db, ZoneId.of("Asia/Shanghai")).account(day, day))
                    .containsExactly(new AccountDay(day, 1200, 14, 3, 310));
        }
    }
}
