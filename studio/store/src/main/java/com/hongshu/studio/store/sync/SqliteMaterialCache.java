package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.MaterialCache;
import com.hongshu.studio.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/** The uploaded platform material of each account by file content, in the workspace ({@code platform_material}). */
public final class SqliteMaterialCache implements MaterialCache {

    private final Database db;
    private final Clock clock;

    public SqliteMaterialCache(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Entry> find(long accountId, String contentHash) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT material_id, url, status FROM platform_material"
                    + " WHERE account_id = ? AND content_hash = ?")) {
                ps.setLong(1, accountId);
                ps.setString(2, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Entry(rs.getString(1), rs.getString(2), rs.getInt(3)))
                            : Optional.<Entry>empty();
                }
            }
        });
    }

    @Override
    public void put(long accountId, String contentHash, Entry entry) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform_material (account_id, content_hash,"
                    + " material_id, url, status, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id,"
                    + " content_hash) DO UPDATE SET material_id = excluded.material_id, url = excluded.url,"
                    + " status = excluded.status, updated_at = excluded.updated_at")) {
                ps.setLong(1, accountId);
                ps.setString(2, contentHash);
                ps.setString(3, entry.materialId());
                ps.setString(4, entry.url());
                ps.setInt(5, entry.status());
                ps.setLong(6, clock.millis());
                return ps.executeUpdate();
            }
        });
    }
}
