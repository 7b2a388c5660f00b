package com.hongshu.studio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Makes sure the statistics tables (V004) exist. Features are built in parallel: until the migration before V004 is
 * present the numbered runner stops short of it, so the statistics store creates its tables itself when they are
 * missing. The script only uses IF NOT EXISTS, so the numbered run that follows later is harmless.
 */
public final class StatsSchema {

    private StatsSchema() {
    }

    public static void ensure(Database db) {
        boolean present = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stat_account_day'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        if (present) {
            return;
        }
        String script;
        try (InputStream in = StatsSchema.class.getResourceAsStream("/db/V004.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /db/V004.sql", e);
        }
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : SqlScript.statements(script)) {
                    s.executeUpdate(sql);
                }
            }
            return null;
        });
    }
}
