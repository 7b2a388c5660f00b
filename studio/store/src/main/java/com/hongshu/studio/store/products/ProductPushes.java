package com.hongshu.studio.store.products;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the product repository tells sync about each change, inside the transaction that makes it, so that the
 * operation pushing the change is committed (or rolled back) together with it. {@link #NONE} when nothing is synced.
 */
public interface ProductPushes {

    /** The product's row and SKUs were written; {@code before} is how it was (null when it is new). */
    void saved(Connection c, com.hongshu.studio.core.products.Product before, long productId) throws SQLException;

    /** These SKUs' prices were set. */
    void pricesChanged(Connection c, Collection<Long> skuIds) throws SQLException;

    /** These products' statuses were set. */
    void statusesChanged(Connection c, Collection<Long> productIds) throws SQLException;

    /**
     * A ledger row moved the SKU's stock to {@code total}. {@code platformAt}: null for a local change; for a sale
     * pulled from the platform, when the platform took it off its own total (it then needs no push, unless a push
     * queued since may have overwritten it).
     */
    void stockChanged(Connection c, long skuId, long total, java.time.Instant platformAt) throws SQLException;

    /** These products are about to be deleted. */
    void deleting(Connection c, Collection<Long> productIds) throws SQLException;

    /**
     * A CSV import wrote these products (new or changed fields), these SKUs' fields and these existing SKUs' stock
     * (SKU id -> new total); {@code newSkus} are the SKUs it added.
     */
    void imported(Connection c, Set<Long> products, Set<Long> skus, Map<Long, Long> stock, Set<Long> newSkus)
            throws SQLException;

    ProductPushes NONE = new ProductPushes() {
        @Override
        public void saved(Connection c, com.hongshu.studio.core.products.Product before, long productId) {
        }

        @Override
        public void pricesChanged(Connection c, Collection<Long> skuIds) {
        }

        @Override
        public void statusesChanged(Connection c, Collection<Long> productIds) {
        }

        @Override
        public void stockChanged(Connection c, long skuId, long total, java.time.Instant platformAt) {
        }

        @Override
        public void deleting(Connection c, Collection<Long> productIds) {
        }

        @Override
        public void imported(Connection c, Set<Long> products, Set<Long> skus, Map<Long, Long> stock,
                             Set<Long> newSkus) {
        }
    };
}
