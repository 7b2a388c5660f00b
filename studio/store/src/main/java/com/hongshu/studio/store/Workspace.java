package com.hongshu.studio.store;

import java.nio.file.Path;
import java.time.Clock;

/** A workspace folder: the database file {@code studio.db}, and beside it {@code media/} and {@code backups/}. */
public final class Workspace implements AutoCloseable {

    public static final String DATABASE_FILE = "studio.db";

    private final Path dir;
    private final Database database;

    private Workspace(Path dir, Database database) {
        this.dir = dir;
        this.database = database;
    }

    public static Workspace open(Path dir, Clock clock) {
        return new Workspace(dir, Database.open(dir.resolve(DATABASE_FILE), clock));
    }

    public Path dir() {
        return dir;
    }

    public Path mediaDir() {
        return dir.resolve("media");
    }

    public Path cacheDir() {
        return dir.resolve("cache");
    }

    public Path backupsDir() {
        return dir.resolve("backups");
    }

    public Path logsDir() {
        return dir.resolve("logs");
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
