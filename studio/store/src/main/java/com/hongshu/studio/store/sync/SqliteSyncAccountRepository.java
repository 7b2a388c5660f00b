package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import com.hongshu.studio.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class SqliteSyncAccountRepository implements SyncAccountRepository {

    private static final String COLUMNS = "id, app_id, seller_id, display_name, zone_id, status, pause_reason,"
            + " paused_at, last_sync_at";

    private final Database db;

    public SqliteSyncAccountRepository(Database db) {
        this.db = db;
    }

    @Override
    public SyncAccount upsert(String appId, String sellerId, String displayName, ZoneId zone, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_account (app_id, seller_id, display_name,"
                    + " zone_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (app_id, seller_id)"
                    + " DO UPDATE SET display_name = excluded.display_name,"
                    + " updated_at = excluded.updated_at")) {
                ps.setString(1, appId);
                ps.setString(2, sellerId);
                ps.setString(3, displayName);
                ps.setString(4, zone.getId());
                ps.setLong(5, now.toEpochMilli());
                ps.setLong(6, now.toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM sync_account WHERE app_id = ? AND seller_id = ?")) {
                ps.setString(1, appId);
                ps.setString(2, sellerId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return map(rs);
                }
            }
        });
    }

    @Override
    public Optional<SyncAccount> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_account WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.<SyncAccount>empty();
                }
            }
        });
    }

    @Override
    public List<SyncAccount> all() {
        return db.read(c -> {
            List<SyncAccount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_account ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    @Override
    public boolean pause(long id, AccountState state, String reason, Instant now) {
        if (state == AccountState.ACTIVE) {
            throw new IllegalArgumentException("pause to ACTIVE");
        }
        return update("UPDATE sync_account SET status = ?, pause_reason = ?, paused_at = ?, updated_at = ? WHERE id = ?",
                state.name(), reason, now.toEpochMilli(), now.toEpochMilli(), id);
    }

    @Override
    public boolean resume(long id, Instant now) {
        return update("UPDATE sync_account SET status = 'ACTIVE', pause_reason = NULL, paused_at = NULL,"
                + " updated_at = ? WHERE id = ? AND status <> 'ACTIVE'", now.toEpochMilli(), id);
    }

    @Override
    public void markSynced(long id, Instant now) {
        update("UPDATE sync_account SET last_sync_at = ?, updated_at = ? WHERE id = ?",
                now.toEpochMilli(), now.toEpochMilli(), id);
    }

    @Override
    public boolean setZone(long id, ZoneId zone, Instant now) {
        return update("UPDATE sync_account SET zone_id = ?, updated_at = ? WHERE id = ?", zone.getId(),
                now.toEpochMilli(), id);
    }

    private boolean update(String sql, Object... args) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                OperationRows.bind(ps, args);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static SyncAccount map(ResultSet rs) throws SQLException {
        return new SyncAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ZoneId.of(rs.getString(5)), AccountState.valueOf(rs.getString(6)), rs.getString(7),
                OperationRows.instant(rs, 8), OperationRows.instant(rs, 9));
    }
}
