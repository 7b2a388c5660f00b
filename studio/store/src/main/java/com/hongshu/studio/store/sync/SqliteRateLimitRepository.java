package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.RateLimit;
import com.hongshu.studio.core.sync.RateLimitRepository;
import com.hongshu.studio.core.sync.RateScope;
import com.hongshu.studio.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class SqliteRateLimitRepository implements RateLimitRepository {

    private final Database db;

    public SqliteRateLimitRepository(Database db) {
        this.db = db;
    }

    @Override
    public void limit(RateScope scope, Instant until, String reason) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_rate_limit (scope, until_at, reason)"
                    + " VALUES (?, ?, ?) ON CONFLICT (scope) DO UPDATE SET until_at = excluded.until_at,"
                    + " reason = excluded.reason WHERE excluded.until_at > sync_rate_limit.until_at")) {
                ps.setString(1, scope.key());
                ps.setLong(2, until.toEpochMilli());
                ps.setString(3, reason);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<RateLimit> active(Instant now) {
        return db.read(c -> {
            List<RateLimit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT scope, until_at, reason FROM sync_rate_limit WHERE until_at > ? ORDER BY scope")) {
                ps.setLong(1, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RateLimit(RateScope.parse(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }
}
