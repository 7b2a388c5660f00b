package com.hongshu.studio.store.sync;

import com.hongshu.studio.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

/**
 * Opens a workspace database with the sync schema. Until V002-V004 (built in parallel) are merged, the numbered
 * migration runner stops at V001 on this branch, so V005 is applied here when its tables are missing.
 */
final class SyncDb {

    private SyncDb() {
    }

    static Database open(Path file, Clock clock) {
        Database db = Database.open(file, clock);
        boolean present = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox_operation'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        if (!present) {
            String script = v005();
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : script.replaceAll("(?m)--.*$", "").split(";")) {
                        if (!sql.isBlank()) {
                            s.executeUpdate(sql);
                        }
                    }
                }
                return null;
            });
        }
        return db;
    }

    private static String v005() {
        try (InputStream in = SyncDb.class.getResourceAsStream("/db/V005.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
