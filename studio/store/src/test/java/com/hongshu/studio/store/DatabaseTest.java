package com.hongshu.studio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.workspace.WorkspaceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void newDatabaseIsMigratedToTheLatestSchemaWithoutABackup() {
        try (Database db = Database.open(dir.resolve("studio.db"), clock)) {
            assertThat(db.migration().from()).isZero();
            assertThat(db.migration().to()).isEqualTo(Database.latestSchemaVersion());
            assertThat(db.migration().backup()).isNull();
            assertThat(db.<String>read(c -> pragma(c, "journal_mode"))).isEqualTo("wal");
            assertThat(db.<String>read(c -> pragma(c, "foreign_keys"))).isEqualTo("1");
        }
    }

    @Test
    void reopeningMigratesNothing() {
        Path file = dir.resolve("studio.db");
        Database.open(file, clock).close();
        try (Database db = Database.open(file, clock)) {
            assertThat(db.migration().migrated()).isFalse();
        }
    }

    @Test
    void anOlderDatabaseIsCopiedBeforeItIsMigrated() throws Exception {
        Path file = dir.resolve("studio.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE legacy(x)");
            s.execute("INSERT INTO legacy VALUES (42)");
        }
        try (Database db = Database.open(file, clock)) {
            assertThat(db.migration().migrated()).isTrue();
            Path backup = db.migration().backup();
            assertThat(backup).exists();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT x FROM legacy")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void aDatabaseFromANewerStudioIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("studio.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version=" + (Database.latestSchemaVersion() + 7));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file, clock))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceException.Reason.NEWER_SCHEMA));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("studio.db");
        byte[] text = "这不是数据库 — just some notes I kept".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        assertThatThrownBy(() -> Database.open(file, clock))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceException.Reason.NOT_A_DATABASE));
        assertThat(Files.readAllBytes(file)).isEqualTo(text);
    }

    @Test
    void aTransactionThatFailsLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("studio.db"), clock)) {
            SqliteSettingsRepository settings = new SqliteSettingsRepository(db);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO setting VALUES ('a', 'b')");
                }
                throw new IllegalStateException("boom");
            }));
            assertThat(settings.get("a")).isEmpty();
        }
    }

    @Test
    void scriptSplitterKeepsTriggerBodiesWhole() {
        String script = "CREATE TABLE t(a); -- a comment; with semicolon\n"
                + "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO t VALUES(1); UPDATE t SET a = ';'; END;\n"
                + "INSERT INTO t VALUES('x;y');";
        assertThat(SqlScript.statements(script)).hasSize(3);
        assertThat(SqlScript.statements(script).get(1)).endsWith("END");
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
