package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.AccountOwnership;
import com.hongshu.studio.core.workspace.StoreException;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@link AccountOwnership} over {@code note.account_id} and {@code product.account_id}. An item without one belongs to
 * the first account (what the outbox uses for it, V006/V007).
 */
public final class SqliteAccountOwnership implements AccountOwnership {

    /** An operation that was sent, may have been, or left files on the platform under its account. */
    private static final String REACHED = "SELECT 1 FROM outbox_operation WHERE aggregate_type = ? AND aggregate_id = ?"
            + " AND (maybe_executed = 1 OR step_state IS NOT NULL OR status IN ('IN_FLIGHT', 'SUCCEEDED', 'UNKNOWN',"
            + " 'VERIFYING', 'UNCONFIRMED')) LIMIT 1";

    private final Database db;

    public SqliteAccountOwnership(Database db) {
        this.db = db;
    }

    private static String table(Item item) {
        return item == Item.NOTE ? "note" : "product";
    }

    @Override
    public Owner of(Item item, long id) {
        return db.read(c -> owner(c, item, id));
    }

    private static Owner owner(Connection c, Item item, long id) throws SQLException {
        String remote = item == Item.NOTE ? "remote_id IS NOT NULL" : "0";
        long account = 0;
        boolean locked;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(account_id, (SELECT min(id) FROM"
                + " sync_account), 0), " + remote + " FROM " + table(item) + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Owner(0, false);
                }
                account = rs.getLong(1);
                locked = rs.getBoolean(2);
            }
        }
        if (!locked) {
            try (PreparedStatement ps = c.prepareStatement(REACHED)) {
                ps.setString(1, table(item));
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    locked = rs.next();
                }
            }
        }
        return new Owner(account, locked);
    }

    @Override
    public void assign(Item item, long id, long accountId) {
        try {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_account WHERE id = ?")) {
                    ps.setLong(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("no account " + accountId);
                        }
                    }
                }
                Owner now = owner(c, item, id);
                if (now.accountId() == accountId) {
                    return null;
                }
                if (now.locked()) {
                    throw new IllegalStateException(table(item) + " " + id + " has reached the platform");
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table(item)
                        + " SET account_id = ? WHERE id = ?")) {
                    ps.setLong(1, accountId);
                    ps.setLong(2, id);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalArgumentException("no " + table(item) + " " + id);
                    }
                }
                // Queued but never sent: it goes out under the new account (nothing of it exists on the old one).
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_operation SET account_id = ?"
                        + " WHERE aggregate_type = ? AND aggregate_id = ? AND maybe_executed = 0"
                        + " AND step_state IS NULL AND status IN ('PENDING', 'WAITING_RETRY', 'NEEDS_USER')")) {
                    ps.setLong(1, accountId);
                    ps.setString(2, table(item));
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof IllegalStateException || e.getCause() instanceof IllegalArgumentException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    @Override
    public long lastUsedForNotes(long exceptNoteId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT account_id FROM note WHERE deleted_at IS NULL"
                    + " AND account_id IS NOT NULL AND id <> ? ORDER BY updated_at DESC, id DESC LIMIT 1")) {
                ps.setLong(1, exceptNoteId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }
}
