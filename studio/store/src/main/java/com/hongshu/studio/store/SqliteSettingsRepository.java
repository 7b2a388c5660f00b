package com.hongshu.studio.store;

import com.hongshu.studio.core.workspace.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

public final class SqliteSettingsRepository implements SettingsRepository {

    private final Database db;

    public SqliteSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void remove(String key) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }
}
