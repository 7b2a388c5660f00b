package com.hongshu.studio.store;

import com.hongshu.studio.core.workspace.StoreException;
import com.hongshu.studio.core.workspace.WorkspaceException;
import com.hongshu.studio.core.workspace.WorkspaceException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The workspace database: one SQLite file in WAL mode with foreign keys on. Schema migrations are the resources
 * {@code db/V001.sql}, {@code db/V002.sql}, ... applied in order and recorded in {@code PRAGMA user_version}; a copy of
 * the file is taken before any of them runs. A file that is not a database, or that a newer studio wrote, is refused
 * before anything is written to it.
 */
public final class Database implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final MigrationReport migration;

    private Database(Path file, Connection connection, MigrationReport migration) {
        this.file = file;
        this.connection = connection;
        this.migration = migration;
    }

    /** What opening did to the schema: {@code from == to} when nothing ran. */
    public record MigrationReport(int from, int to, Path backup) {
        public boolean migrated() {
            return from != to;
        }
    }

    public static int latestSchemaVersion() {
        return loadMigrations().size();
    }

    /** Opens (creating if absent) the database file and brings its schema up to date. */
    public static Database open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new WorkspaceException(Reason.UNREADABLE, file.toString(), e);
        }
        List<String> migrations = loadMigrations();
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        if (existed) {
            checkHeader(file);
            int version = readUserVersionReadOnly(file);
            if (version > migrations.size()) {
                throw new WorkspaceException(Reason.NEWER_SCHEMA,
                        "schema " + version + " > supported " + migrations.size(), null);
            }
        }
        Connection connection = connect(file);
        try {
            configure(connection);
            MigrationReport report = migrate(connection, file, migrations, existed, clock);
            return new Database(file, connection, report);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw classify(file, e);
        }
    }

    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    public MigrationReport migration() {
        return migration;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    public <T> T inTransaction(SqlWork<T> work) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (Exception e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (StoreException | WorkspaceException e) {
                throw e;
            } catch (Exception e) {
                throw new StoreException("transaction failed", e);
            }
        }
    }

    /** Runs {@code work} on the shared connection outside an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        synchronized (connection) {
            try {
                return work.run(connection);
            } catch (StoreException e) {
                throw e;
            } catch (Exception e) {
                throw new StoreException("query failed", e);
            }
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }

    @Override
    public void close() {
        synchronized (connection) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // Closing must not fail because statistics could not be refreshed.
            }
            closeQuietly(connection);
        }
    }

    private static Connection connect(Path file) {
        try {
            Properties props = new Properties();
            // Take the write lock when a transaction starts: a deferred one that reads then writes can fail with
            // SQLITE_BUSY when another connection (a second dispatcher, a restore) wrote in between.
            props.setProperty("transaction_mode", "IMMEDIATE");
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new WorkspaceException(Reason.UNREADABLE, file.toString(), e);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=5000");
        }
    }

    private static MigrationReport migrate(Connection connection, Path file, List<String> migrations,
                                           boolean existed, Clock clock) throws SQLException {
        int from = userVersion(connection);
        if (from >= migrations.size()) {
            return new MigrationReport(from, from, null);
        }
        Path backup = null;
        if (existed) {
            backup = backupBeforeMigration(connection, file, from, clock);
        }
        for (int version = from + 1; version <= migrations.size(); version++) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : SqlScript.statements(migrations.get(version - 1))) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA user_version=" + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return new MigrationReport(from, migrations.size(), backup);
    }

    private static Path backupBeforeMigration(Connection connection, Path file, int from, Clock clock)
            throws SQLException {
        Path dir = file.toAbsolutePath().getParent().resolve("backups");
        Path target = dir.resolve("before-migration-v" + from + "-" + BACKUP_STAMP.format(clock.instant()) + ".db");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new SQLException("cannot create backup folder " + dir, e);
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
        return target;
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int readUserVersionReadOnly(Path file) {
        Properties props = new Properties();
        props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: inspecting must not change a byte
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props)) {
            return userVersion(c);
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    private static void checkHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new WorkspaceException(Reason.NOT_A_DATABASE, file.toString(), null);
            }
        } catch (IOException e) {
            throw new WorkspaceException(Reason.UNREADABLE, file.toString(), e);
        }
    }

    private static WorkspaceException classify(Path file, Exception e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return new WorkspaceException(Reason.DISK_FULL, file.toString(), e);
        }
        if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database")) {
            return new WorkspaceException(Reason.NOT_A_DATABASE, file.toString(), e);
        }
        return new WorkspaceException(Reason.UNREADABLE, file.toString(), e);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> loadMigrations() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = String.format("/db/V%03d.sql", version);
            try (InputStream in = Database.class.getResourceAsStream(name)) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + name, e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to do with a connection we are abandoning
        }
    }

    /** Copies the file aside (used by restore and by tests); the database must be closed or checkpointed. */
    static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
