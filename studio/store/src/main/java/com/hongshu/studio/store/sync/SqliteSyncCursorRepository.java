package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.SyncCursor;
import com.hongshu.studio.core.sync.SyncCursorRepository;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

public final class SqliteSyncCursorRepository implements SyncCursorRepository {

    private final Database db;

    public SqliteSyncCursorRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<SyncCursor> find(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, cursor, high_water_mark, updated_at FROM sync_cursor WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new SyncCursor(rs.getString(1), rs.getString(2),
                                    OperationRows.instant(rs, 3), OperationRows.instant(rs, 4)))
                            : Optional.<SyncCursor>empty();
                }
            }
        });
    }

    @Override
    public void save(SyncCursor cursor) {
        db.inTransaction(c -> save(c, cursor));
    }

    /** Saves on the caller's connection, so a pulled page and the cursor after it are committed together. */
    public int save(Connection c, SyncCursor cursor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_cursor (name, cursor, high_water_mark,"
                + " updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor,"
                + " high_water_mark = excluded.high_water_mark, updated_at = excluded.updated_at")) {
            ps.setString(1, cursor.name());
            ps.setString(2, cursor.cursor());
            OperationRows.bind(ps, cursor.name(), cursor.cursor(), OperationRows.millis(cursor.highWaterMark()),
                    cursor.updatedAt().toEpochMilli());
            return ps.executeUpdate();
        }
    }
}
