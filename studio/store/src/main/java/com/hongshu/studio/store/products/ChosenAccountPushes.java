package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.Product;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Gives a product saved for the first time the account chosen for it (in the editor, or for a CSV import's new
 * products), in the transaction that inserts it and before {@code next} queues its create (which would otherwise go out
 * under the first account).
 */
public final class ChosenAccountPushes implements ProductPushes {

    private final ProductPushes next;
    private final ThreadLocal<Long> chosen = new ThreadLocal<>();

    public ChosenAccountPushes(ProductPushes next) {
        this.next = next;
    }

    /** Runs {@code save} (on the calling thread) so that a product it inserts belongs to {@code accountId} (0: default). */
    public <T> T savingNewUnder(long accountId, Supplier<T> save) {
        chosen.set(accountId);
        try {
            return save.get();
        } finally {
            chosen.remove();
        }
    }

    @Override
    public void saved(Connection c, Product before, long productId) throws SQLException {
        Long account = chosen.get();
        if (before == null && account != null && account != 0) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE product SET account_id = ? WHERE id = ?"
                    + " AND EXISTS (SELECT 1 FROM sync_account WHERE id = ?)")) {
                ps.setLong(1, account);
                ps.setLong(2, productId);
                ps.setLong(3, account);
                ps.executeUpdate();
            }
        }
        next.saved(c, before, productId);
    }

    @Override
    public void pricesChanged(Connection c, Collection<Long> skuIds) throws SQLException {
        next.pricesChanged(c, skuIds);
    }

    @Override
    public void statusesChanged(Connection c, Collection<Long> productIds) throws SQLException {
        next.statusesChanged(c, productIds);
    }

    @Override
    public void stockChanged(Connection c, long skuId, long total, Instant platformAt) throws SQLException {
        next.stockChanged(c, skuId, total, platformAt);
    }

    @Override
    public void deleting(Connection c, Collection<Long> productIds) throws SQLException {
        next.deleting(c, productIds);
    }

    @Override
    public void imported(Connection c, Set<Long> products, Set<Long> skus, Map<Long, Long> stock, Set<Long> newSkus)
            throws SQLException {
        Long account = chosen.get();
        if (account != null && account != 0) {
            // the products the file added have no account yet; those it changed keep theirs
            try (PreparedStatement ps = c.prepareStatement("UPDATE product SET account_id = ? WHERE id = ?"
                    + " AND account_id IS NULL AND EXISTS (SELECT 1 FROM sync_account WHERE id = ?)")) {
                for (long id : products) {
                    ps.setLong(1, account);
                    ps.setLong(2, id);
                    ps.setLong(3, account);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        next.imported(c, products, skus, stock, newSkus);
    }
}
