package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductRepository;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.ProductSummary;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.StockMovement;
import com.hongshu.studio.core.workspace.StoreException;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Products, SKUs and the stock ledger in the workspace database. Each write also exists in a form that takes the
 * {@link Connection} of a transaction the caller opened with {@link Database#inTransaction}, so that another feature
 * (sync) can record its own rows in the same transaction as a stock or price change.
 */
public final class SqliteProductRepository implements ProductRepository {

    private final Database db;
    private final Clock clock;
    private final ProductPushes pushes;

    public SqliteProductRepository(Database db, Clock clock) {
        this(db, clock, ProductPushes.NONE);
    }

    /** {@code pushes} hears of every change inside its transaction (sync queues the platform operations there). */
    public SqliteProductRepository(Database db, Clock clock, ProductPushes pushes) {
        this.db = db;
        this.clock = clock;
        this.pushes = pushes;
    }

    public Database database() {
        return db;
    }

    @Override
    public Product save(Product product) {
        return db.inTransaction(c -> save(c, product));
    }

    @Override
    public Product saveWithStock(Product product, String note) {
        return db.inTransaction(c -> {
            Product before = product.id() == 0 ? null : ProductRows.load(c, product.id()).orElse(null);
            Product saved = write(c, product);
            List<Sku> withStock = new ArrayList<>();
            List<Sku> moved = new ArrayList<>();
            for (int i = 0; i < saved.skus().size(); i++) {
                Sku s = saved.skus().get(i);
                long wanted = Math.max(0, product.skus().get(i).stock());
                if (wanted != s.stock()) {
                    append(c, s.id(), product.skus().get(i).id() == 0 ? MovementKind.RESTOCK : MovementKind.CORRECTION,
                            wanted - s.stock(), wanted, note, clock.millis());
                    if (product.skus().get(i).id() != 0) { // a new SKU's opening stock goes with its create
                        moved.add(s.withStock(wanted));
                    }
                }
                withStock.add(s.withStock(wanted));
            }
            pushes.saved(c, before, saved.id());
            for (Sku s : moved) {
                pushes.stockChanged(c, s.id(), s.stock(), null);
            }
            return saved.withSkus(withStock);
        });
    }

    /** Saves the product and its SKUs in the caller's transaction (and queues their push). */
    public Product save(Connection c, Product product) throws SQLException {
        Product before = product.id() == 0 ? null : ProductRows.load(c, product.id()).orElse(null);
        Product saved = write(c, product);
        pushes.saved(c, before, saved.id());
        return saved;
    }

    private Product write(Connection c, Product product) throws SQLException {
        long now = clock.millis();
        long id = product.id();
        if (id == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (name, short_title, description,"
                    + " category, status, axes, search, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindProduct(ps, product);
                ps.setLong(8, product.createdAt() == null ? now : product.createdAt().toEpochMilli());
                ps.setLong(9, now);
                ps.executeUpdate();
                id = generatedKey(ps);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE product SET name = ?, short_title = ?,"
                    + " description = ?, category = ?, status = ?, axes = ?, search = ?, updated_at = ? WHERE id = ?")) {
                bindProduct(ps, product);
                ps.setLong(8, now);
                ps.setLong(9, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("no product " + id, null);
                }
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM product_media WHERE product_id = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO product_media (product_id, position, media_id) VALUES (?, ?, ?)")) {
            del.setLong(1, id);
            del.executeUpdate();
            for (int i = 0; i < product.imageMediaIds().size(); i++) {
                ins.setLong(1, id);
                ins.setInt(2, i);
                ins.setLong(3, product.imageMediaIds().get(i));
                ins.addBatch();
            }
            ins.executeBatch();
        }
        Set<Long> kept = new HashSet<>();
        for (Sku s : product.skus()) {
            if (s.id() != 0) {
                kept.add(s.id());
            }
        }
        // Removed SKUs first, so that a new SKU may take over a removed one's erpCode.
        List<Long> existing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE product_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sku WHERE id = ?")) {
            for (long old : existing) {
                if (!kept.contains(old)) {
                    del.setLong(1, old);
                    del.executeUpdate();
                }
            }
        }
        List<Sku> saved = new ArrayList<>();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO sku (product_id, position, variant, erp_code,"
                + " barcode, price_fen, original_price_fen, low_stock, updated_at, search)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement upd = c.prepareStatement("UPDATE sku SET position = ?, variant = ?, erp_code = ?,"
                     + " barcode = ?, price_fen = ?, original_price_fen = ?, low_stock = ?, updated_at = ?, search = ?"
                     + " WHERE id = ? AND product_id = ?")) {
            for (int i = 0; i < product.skus().size(); i++) {
                Sku s = product.skus().get(i);
                if (s.id() == 0) {
                    ins.setLong(1, id);
                    ins.setInt(2, i);
                    ins.setString(3, s.variantLabel());
                    ins.setString(4, s.erpCode());
                    ins.setString(5, s.barcode());
                    ins.setLong(6, s.priceFen());
                    ins.setLong(7, s.originalPriceFen());
                    ins.setInt(8, s.lowStockThreshold());
                    ins.setLong(9, now);
                    ins.setString(10, SkuSql.skuSearch(s.variantLabel(), s.erpCode(), s.barcode()));
                    ins.executeUpdate();
                    saved.add(s.withId(generatedKey(ins)).withStock(0));
                } else {
                    upd.setInt(1, i);
                    upd.setString(2, s.variantLabel());
                    upd.setString(3, s.erpCode());
                    upd.setString(4, s.barcode());
                    upd.setLong(5, s.priceFen());
                    upd.setLong(6, s.originalPriceFen());
                    upd.setInt(7, s.lowStockThreshold());
                    upd.setLong(8, now);
                    upd.setString(9, SkuSql.skuSearch(s.variantLabel(), s.erpCode(), s.barcode()));
                    upd.setLong(10, s.id());
                    upd.setLong(11, id);
                    upd.executeUpdate();
                    saved.add(s.withStock(stockOf(c, s.id())));
                }
            }
        }
        Instant created = product.createdAt() == null ? Instant.ofEpochMilli(now) : product.createdAt();
        return product.withId(id).withSkus(saved).withTimes(created, Instant.ofEpochMilli(now));
    }

    private static void bindProduct(PreparedStatement ps, Product p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.shortTitle());
        ps.setString(3, p.description());
        ps.setString(4, p.category());
        ps.setString(5, p.status().name());
        ps.setString(6, String.join("\n", p.axes()));
        ps.setString(7, SkuSql.productSearch(p.name()));
    }

    @Override
    public Optional<Product> findById(long id) {
        return db.read(c -> ProductRows.load(c, id));
    }

    @Override
    public StockMovement move(long skuId, MovementKind kind, long quantity, String note) {
        return db.inTransaction(c -> move(c, skuId, kind, quantity, note));
    }

    /** Appends {@code quantity} (signed by the kind: a sale takes away) to the SKU's ledger, in the caller's transaction. */
    public StockMovement move(Connection c, long skuId, MovementKind kind, long quantity, String note)
            throws SQLException {
        return moveAt(c, skuId, kind, quantity, note, clock.instant());
    }

    /** As {@link #move(Connection, long, MovementKind, long, String)}, dated {@code at} (imported or sample history). */
    public StockMovement moveAt(Connection c, long skuId, MovementKind kind, long quantity, String note, Instant at)
            throws SQLException {
        long signed = kind.signed(quantity);
        long balance = stockOf(c, skuId) + signed;
        if (balance < 0) {
            throw new IllegalArgumentException("stock of SKU " + skuId + " would fall below zero");
        }
        StockMovement m = append(c, skuId, kind, signed, balance, note, at.toEpochMilli());
        pushes.stockChanged(c, skuId, balance, null);
        return m;
    }

    @Override
    public Optional<StockMovement> correctTo(long skuId, long counted, String note) {
        return db.inTransaction(c -> correctTo(c, skuId, counted, note));
    }

    public Optional<StockMovement> correctTo(Connection c, long skuId, long counted, String note)
            throws SQLException {
        return adjustTo(c, skuId, counted, MovementKind.CORRECTION, note);
    }

    /** Brings the stock to {@code counted} with one row of {@code kind} (CORRECTION, or SYNC_ADJUSTMENT from sync). */
    public Optional<StockMovement> adjustTo(Connection c, long skuId, long counted, MovementKind kind, String note)
            throws SQLException {
        if (counted < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        long current = stockOf(c, skuId);
        if (current == counted) {
            return Optional.empty();
        }
        StockMovement m = append(c, skuId, kind, counted - current, counted, note, clock.millis());
        pushes.stockChanged(c, skuId, counted, null);
        return Optional.of(m);
    }

    /** The one way stock changes: a ledger row, and the SKU's total moved to its balance (checked by a trigger). */
    static StockMovement append(Connection c, long skuId, MovementKind kind, long signed, long balance, String note,
                                long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stock_movement (sku_id, kind, quantity,"
                + " balance_after, note, at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, skuId);
            ps.setString(2, kind.name());
            ps.setLong(3, signed);
            ps.setLong(4, balance);
            ps.setString(5, note == null ? "" : note);
            ps.setLong(6, at);
            ps.executeUpdate();
            long id = generatedKey(ps);
            try (PreparedStatement stock = c.prepareStatement("UPDATE sku SET stock = ? WHERE id = ?")) {
                stock.setLong(1, balance);
                stock.setLong(2, skuId);
                stock.executeUpdate();
            }
            return new StockMovement(id, skuId, kind, signed, balance, note, Instant.ofEpochMilli(at));
        }
    }

    static long stockOf(Connection c, long skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT stock FROM sku WHERE id = ?")) {
            ps.setLong(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no SKU " + skuId, null);
                }
                return rs.getLong(1);
            }
        }
    }

    @Override
    public java.util.Set<Long> unconfirmedOnPlatform() {
        return db.read(c -> {
            java.util.Set<Long> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id FROM product p JOIN outbox_operation o"
                    + " ON o.id = p.create_op_id WHERE o.status = 'UNCONFIRMED'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    @Override
    public long held(long skuId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(sum(qty), 0) FROM stock_hold WHERE sku_id = ?")) {
                ps.setLong(1, skuId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public List<StockMovement> history(long skuId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, quantity, balance_after, note, at"
                    + " FROM stock_movement WHERE sku_id = ? ORDER BY id DESC LIMIT ?")) {
                ps.setLong(1, skuId);
                ps.setInt(2, limit);
                List<StockMovement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StockMovement(rs.getLong(1), skuId, MovementKind.valueOf(rs.getString(2)),
                                rs.getLong(3), rs.getLong(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    @Override
    public List<SkuRow> search(SkuQuery query) {
        return db.read(c -> List.copyOf(SkuSql.page(c, query)));
    }

    @Override
    public com.hongshu.studio.core.products.SkuPage page(SkuQuery query) {
        return db.read(c -> SkuSql.pageWithTotal(c, query));
    }

    @Override
    public long count(SkuQuery query) {
        return db.read(c -> SkuSql.count(c, query));
    }

    @Override
    public Optional<SkuRow> findSku(long skuId) {
        return db.read(c -> SkuSql.rows(c, "SELECT " + SkuSql.COLUMNS + SkuSql.FROM + " WHERE s.id = ?",
                List.of(skuId)).stream().findFirst());
    }

    @Override
    public List<SkuRow> lowStock(int limit) {
        return db.read(c -> List.copyOf(SkuSql.rows(c, "SELECT " + SkuSql.COLUMNS + SkuSql.FROM
                + " WHERE s.stock <= s.low_stock AND p.status <> 'OFF_SHELF' ORDER BY s.stock, p.name, s.id LIMIT ?",
                List.of(limit))));
    }

    @Override
    public long lowStockCount() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*)" + SkuSql.FROM
                    + " WHERE s.stock <= s.low_stock AND p.status <> 'OFF_SHELF'")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public void setPrices(Map<Long, Long> pricesBySku) {
        db.inTransaction(c -> {
            setPrices(c, pricesBySku);
            return null;
        });
    }

    public void setPrices(Connection c, Map<Long, Long> pricesBySku) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sku SET price_fen = ?, updated_at = ? WHERE id = ?")) {
            long now = clock.millis();
            for (Map.Entry<Long, Long> e : pricesBySku.entrySet()) {
                ps.setLong(1, e.getValue());
                ps.setLong(2, now);
                ps.setLong(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        pushes.pricesChanged(c, pricesBySku.keySet());
    }

    @Override
    public void setStatuses(Map<Long, ProductStatus> statusByProduct) {
        db.inTransaction(c -> {
            setStatuses(c, statusByProduct);
            return null;
        });
    }

    public void setStatuses(Connection c, Map<Long, ProductStatus> statusByProduct) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE product SET status = ?, updated_at = ? WHERE id = ?")) {
            long now = clock.millis();
            for (Map.Entry<Long, ProductStatus> e : statusByProduct.entrySet()) {
                ps.setString(1, e.getValue().name());
                ps.setLong(2, now);
                ps.setLong(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        pushes.statusesChanged(c, statusByProduct.keySet());
    }

    @Override
    public void delete(Collection<Long> productIds) {
        db.inTransaction(c -> {
            pushes.deleting(c, productIds);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM product WHERE id = ?")) {
                for (long id : productIds) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public boolean anyProduct() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM product LIMIT 1")) {
                return rs.next();
            }
        });
    }

    private static final String SUMMARY = "SELECT p.id, p.name, p.status, count(s.id),"
            + " coalesce(sum(CASE WHEN s.stock <= 0 THEN 1 ELSE 0 END), 0), coalesce(sum(s.stock), 0)"
            + " FROM product p LEFT JOIN sku s ON s.product_id = p.id";

    @Override
    public List<ProductSummary> findProducts(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip()) + "%";
        return db.read(c -> summaries(c, SUMMARY + " WHERE p.name LIKE ? GROUP BY p.id ORDER BY p.name, p.id LIMIT ?",
                List.of(like, limit)));
    }

    @Override
    public List<ProductSummary> describe(List<Long> productIds) {
        return db.read(c -> {
            Map<Long, ProductSummary> byId = new HashMap<>();
            for (long id : productIds) {
                summaries(c, SUMMARY + " WHERE p.id = ? GROUP BY p.id", List.of(id))
                        .forEach(s -> byId.put(s.id(), s));
            }
            return productIds.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    private static List<ProductSummary> summaries(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SkuSql.bind(ps, args);
            List<ProductSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProductSummary(rs.getLong(1), rs.getString(2), ProductStatus.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getInt(5), rs.getLong(6)));
                }
            }
            return List.copyOf(out);
        }
    }

    @Override
    public Map<Long, Long> recentSales(long productId, int days) {
        long since = clock.instant().minus(Duration.ofDays(days)).toEpochMilli();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.sku_id, -sum(m.quantity) FROM stock_movement m"
                    + " JOIN sku s ON s.id = m.sku_id WHERE s.product_id = ? AND m.kind = 'SALE' AND m.at >= ?"
                    + " GROUP BY m.sku_id")) {
                ps.setLong(1, productId);
                ps.setLong(2, since);
                Map<Long, Long> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getLong(2));
                    }
                }
                return Map.copyOf(out);
            }
        });
    }

    /** Refreshes the query planner's statistics; call after a bulk import. */
    public void optimize() {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }
}
