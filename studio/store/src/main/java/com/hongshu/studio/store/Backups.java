package com.hongshu.studio.store;

import com.hongshu.studio.core.workspace.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Copies of the workspace database in {@code backups/}: taken with {@code VACUUM INTO} (a consistent copy while the
 * studio runs), the newest {@code keep} daily ones kept. A restore checks the candidate before anything is replaced.
 */
public final class Backups {

    public record Backup(Path file, Instant takenAt, long sizeBytes) {
    }

    /** Why a file cannot be restored; the workspace is untouched in every case. */
    public enum Refusal { NOT_A_DATABASE, DAMAGED, NEWER_SCHEMA }

    public static final class RestoreRefused extends Exception {
        private final Refusal refusal;

        public RestoreRefused(Refusal refusal, String detail) {
            super(refusal + ": " + detail);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private static final String PREFIX = "studio-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Database db;
    private final Path dir;
    private final Clock clock;
    private final int keep;

    public Backups(Database db, Path dir, Clock clock, int keep) {
        this.db = db;
        this.dir = dir;
        this.clock = clock;
        this.keep = keep;
    }

    public Backup backupNow() {
        Instant now = clock.instant();
        Path target = dir.resolve(PREFIX + STAMP.format(now) + ".db");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new StoreException("cannot prepare " + dir, e);
        }
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
            }
            return null;
        });
        prune();
        return new Backup(target, now, size(target));
    }

    /** Takes today's backup unless one was already taken today (in {@code zone}); returns it if taken. */
    public java.util.Optional<Backup> dailyBackup(ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        boolean done = list().stream().anyMatch(b -> LocalDate.ofInstant(b.takenAt(), zone).equals(today));
        return done ? java.util.Optional.empty() : java.util.Optional.of(backupNow());
    }

    /** Newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(PREFIX + "\\d{8}-\\d{6}-\\d{3}\\.db"))
                    .map(f -> new Backup(f, parse(f), size(f)))
                    .sorted(Comparator.comparing(Backup::takenAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir, e);
        }
    }

    /**
     * Checks that {@code candidate} is a sound studio database this version can open: {@code PRAGMA integrity_check}
     * and the schema version. Reads only.
     */
    public static void verify(Path candidate) throws RestoreRefused {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new RestoreRefused(Refusal.DAMAGED, candidate.toString());
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > Database.latestSchemaVersion()) {
                    throw new RestoreRefused(Refusal.NEWER_SCHEMA, "schema " + version);
                }
                if (version == 0) {
                    throw new RestoreRefused(Refusal.NOT_A_DATABASE, "no studio schema");
                }
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            throw new RestoreRefused(m.contains("NOTADB") || m.contains("not a database")
                    ? Refusal.NOT_A_DATABASE : Refusal.DAMAGED, m);
        }
    }

    /**
     * Replaces the (closed) database file {@code target} with a verified copy of {@code candidate}; the replaced file
     * is kept in the backups folder as {@code replaced-<stamp>.db}. Returns where it was kept.
     */
    public static Path restore(Path candidate, Path target, Path backupsDir, Clock clock) throws RestoreRefused,
            IOException {
        verify(candidate);
        Files.createDirectories(backupsDir);
        Path kept = backupsDir.resolve("replaced-" + STAMP.format(clock.instant()) + ".db");
        Path incoming = target.resolveSibling(target.getFileName() + ".restoring");
        Files.copy(candidate, incoming, StandardCopyOption.REPLACE_EXISTING);
        if (Files.exists(target)) {
            Files.move(target, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = target.resolveSibling(target.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, backupsDir.resolve(kept.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StoreException("cannot remove old backup " + old.file(), e);
            }
        }
    }

    private static Instant parse(Path f) {
        String name = f.getFileName().toString();
        return STAMP.parse(name.substring(PREFIX.length(), name.length() - 3), Instant::from);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
