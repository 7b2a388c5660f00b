package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.CsvLine;
import com.hongshu.studio.core.products.ImportSummary;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * CSV lines in and out of the database. An import is an upsert by erpCode in one transaction: a SKU whose fields and
 * stock already match is not touched (no write, no ledger row), so importing an exported file changes nothing. A
 * different stock in the file becomes a CORRECTION in the ledger; a new SKU's stock an opening RESTOCK.
 */
public final class ProductCsvStore {

    static final String IMPORT_NOTE = "CSV";

    private final Database db;
    private final Clock clock;
    private final ProductPushes pushes;

    public ProductCsvStore(Database db, Clock clock) {
        this(db, clock, ProductPushes.NONE);
    }

    /** {@code pushes} hears of the import's changes in its transaction (sync queues them, one batch). */
    public ProductCsvStore(Database db, Clock clock, ProductPushes pushes) {
        this.db = db;
        this.clock = clock;
        this.pushes = pushes;
    }

    /** Every SKU with its product's fields, by erpCode: the same data always gives the same lines. */
    public List<CsvLine> exportLines() {
        return db.read(c -> {
            List<CsvLine> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT p.name, p.short_title,"
                    + " p.category, p.status, p.axes, s.variant, s.erp_code, s.barcode, s.price_fen,"
                    + " s.original_price_fen, s.stock, s.low_stock, p.description FROM sku s"
                    + " JOIN product p ON p.id = s.product_id ORDER BY s.erp_code")) {
                while (rs.next()) {
                    String axes = rs.getString(5);
                    out.add(new CsvLine(0, rs.getString(1), rs.getString(2), rs.getString(3),
                            ProductStatus.valueOf(rs.getString(4)), axes.isEmpty() ? List.of()
                            : List.of(axes.split("\n")), ProductRows.variant(rs.getString(6)), rs.getString(7),
                            rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getInt(12),
                            rs.getString(13)));
                }
            }
            return out;
        });
    }

    /** What {@link #commit} would do, without writing anything. */
    public ImportSummary preview(List<CsvLine> lines) {
        return db.read(c -> plan(c, lines).summary(lines.size()));
    }

    /** Imports all lines in one transaction: everything or, on any failure, nothing. */
    public ImportSummary commit(List<CsvLine> lines, DoubleConsumer progress) {
        setCacheKib(lines.size() > 10_000 ? 65_536 : DEFAULT_CACHE_KIB);
        ImportSummary done;
        try {
            done = db.inTransaction(c -> {
                Plan plan = plan(c, lines);
                apply(c, plan, progress);
                push(c, plan);
                return plan.summary(lines.size());
            });
        } finally {
            setCacheKib(DEFAULT_CACHE_KIB);
        }
        if (done.newSkus() > 1000) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA analysis_limit=400"); // sampled statistics: enough for the planner, quick
                    s.execute("ANALYZE");
                }
                return null;
            });
        }
        return done;
    }

    private record Head(long id, String name, String shortTitle, String category, String status, String axes,
                        String description) {
        static Head of(long id, CsvLine l) {
            return new Head(id, l.product(), l.shortTitle(), l.category(), l.status().name(),
                    String.join("\n", l.axes()), l.description());
        }
    }

    private record Existing(long id, long productId, String variant, String barcode, long price, long original,
                            int low, long stock) {
    }

    private record SkuWrite(long id, long productId, int position, CsvLine line) {
    }

    private record StockWrite(long skuId, MovementKind kind, long quantity, long balance) {
    }

    private static final class Plan {
        final List<Head> newProducts = new ArrayList<>();
        final Map<Long, Head> changedProducts = new LinkedHashMap<>();
        final List<SkuWrite> inserts = new ArrayList<>();
        final List<SkuWrite> updates = new ArrayList<>();
        final List<StockWrite> stock = new ArrayList<>();
        int unchanged;

        ImportSummary summary(int rows) {
            return new ImportSummary(rows, newProducts.size(), changedProducts.size(), inserts.size(), updates.size(),
                    unchanged, stock.size());
        }
    }

    private Plan plan(Connection c, List<CsvLine> lines) throws SQLException {
        Map<Long, Head> products = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, name, short_title, category, status, axes, description FROM product ORDER BY id")) {
            while (rs.next()) {
                Head h = new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7));
                products.put(h.id(), h);
                byName.putIfAbsent(h.name(), h.id());
            }
        }
        Map<String, Existing> skus = new HashMap<>();
        Map<Long, Integer> skuCount = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT erp_code, id, product_id,"
                + " variant, barcode, price_fen, original_price_fen, low_stock, stock FROM sku")) {
            while (rs.next()) {
                Existing e = new Existing(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getInt(8), rs.getLong(9));
                skus.put(rs.getString(1), e);
                skuCount.merge(e.productId(), 1, Integer::sum);
            }
        }
        long nextProduct = maxId(c, "product") + 1;
        long nextSku = maxId(c, "sku") + 1;
        Plan plan = new Plan();
        Map<String, Long> newByName = new HashMap<>();
        for (CsvLine l : lines) {
            Existing e = skus.get(l.erpCode());
            long productId;
            if (e != null) {
                productId = e.productId();
            } else {
                Long known = byName.get(l.product());
                if (known == null) {
                    known = newByName.get(l.product());
                }
                if (known == null) {
                    known = nextProduct++;
                    newByName.put(l.product(), known);
                    plan.newProducts.add(Head.of(known, l));
                }
                productId = known;
            }
            Head current = products.get(productId);
            if (current != null && !plan.changedProducts.containsKey(productId)
                    && !Head.of(productId, l).equals(current)) {
                plan.changedProducts.put(productId, Head.of(productId, l));
            }
            if (e == null) {
                int position = skuCount.merge(productId, 1, Integer::sum) - 1;
                long id = nextSku++;
                plan.inserts.add(new SkuWrite(id, productId, position, l));
                if (l.stock() > 0) {
                    plan.stock.add(new StockWrite(id, MovementKind.RESTOCK, l.stock(), l.stock()));
                }
                continue;
            }
            boolean same = e.variant().equals(String.join(" / ", l.variant()))
                    && Objects.equals(e.barcode(), l.barcode()) && e.price() == l.priceFen()
                    && e.original() == l.originalPriceFen() && e.low() == l.lowStockThreshold();
            if (!same) {
                plan.updates.add(new SkuWrite(e.id(), productId, -1, l));
            }
            if (e.stock() != l.stock()) {
                plan.stock.add(new StockWrite(e.id(), MovementKind.CORRECTION, l.stock() - e.stock(), l.stock()));
            }
            if (same && e.stock() == l.stock()) {
                plan.unchanged++;
            }
        }
        return plan;
    }

    private void apply(Connection c, Plan plan, DoubleConsumer progress) throws SQLException {
        long now = clock.millis();
        int total = plan.newProducts.size() + plan.changedProducts.size() + plan.inserts.size() + plan.updates.size()
                + plan.stock.size();
        int[] done = {0};
        Runnable tick = () -> {
            if (++done[0] % 5000 == 0) {
                progress.accept((double) done[0] / Math.max(1, total));
            }
        };
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO product (id, name, short_title, category, status,"
                + " axes, description, search, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE product SET name = ?, short_title = ?, category = ?,"
                     + " status = ?, axes = ?, description = ?, search = ?, updated_at = ? WHERE id = ?")) {
            for (Head h : plan.newProducts) {
                ins.setLong(1, h.id());
                bindHead(ins, 2, h);
                ins.setLong(9, now);
                ins.setLong(10, now);
                ins.addBatch();
                tick.run();
            }
            ins.executeBatch();
            for (Head h : plan.changedProducts.values()) {
                bindHead(upd, 1, h);
                upd.setLong(8, now);
                upd.setLong(9, h.id());
                upd.addBatch();
                tick.run();
            }
            upd.executeBatch();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO sku (id, product_id, position, variant, erp_code,"
                + " barcode, price_fen, original_price_fen, low_stock, updated_at, search, stock)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE sku SET variant = ?, barcode = ?, price_fen = ?,"
                     + " original_price_fen = ?, low_stock = ?, updated_at = ?, search = ? WHERE id = ?")) {
            for (SkuWrite w : plan.inserts) {
                CsvLine l = w.line();
                ins.setLong(1, w.id());
                ins.setLong(2, w.productId());
                ins.setInt(3, w.position());
                ins.setString(4, String.join(" / ", l.variant()));
                ins.setString(5, l.erpCode());
                ins.setString(6, l.barcode());
                ins.setLong(7, l.priceFen());
                ins.setLong(8, l.originalPriceFen());
                ins.setInt(9, l.lowStockThreshold());
                ins.setLong(10, now);
                ins.setString(11, SkuSql.skuSearch(String.join(" / ", l.variant()), l.erpCode(), l.barcode()));
                ins.setLong(12, l.stock()); // the opening stock, with its RESTOCK row below
                ins.addBatch();
                tick.run();
            }
            ins.executeBatch();
            for (SkuWrite w : plan.updates) {
                CsvLine l = w.line();
                upd.setString(1, String.join(" / ", l.variant()));
                upd.setString(2, l.barcode());
                upd.setLong(3, l.priceFen());
                upd.setLong(4, l.originalPriceFen());
                upd.setInt(5, l.lowStockThreshold());
                upd.setLong(6, now);
                upd.setString(7, SkuSql.skuSearch(String.join(" / ", l.variant()), l.erpCode(), l.barcode()));
                upd.setLong(8, w.id());
                upd.addBatch();
                tick.run();
            }
            upd.executeBatch();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO stock_movement (sku_id, kind, quantity,"
                + " balance_after, note, at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement stock = c.prepareStatement("UPDATE sku SET stock = ? WHERE id = ?")) {
            for (StockWrite w : plan.stock) {
                ins.setLong(1, w.skuId());
                ins.setString(2, w.kind().name());
                ins.setLong(3, w.quantity());
                ins.setLong(4, w.balance());
                ins.setString(5, IMPORT_NOTE);
                ins.setLong(6, now);
                ins.addBatch();
                if (w.kind() == MovementKind.CORRECTION) { // an existing SKU: its total follows the new row
                    stock.setLong(1, w.balance());
                    stock.setLong(2, w.skuId());
                    stock.addBatch();
                }
                tick.run();
            }
            ins.executeBatch();
            stock.executeBatch();
        }
        progress.accept(1);
    }

    private void push(Connection c, Plan plan) throws SQLException {
        java.util.Set<Long> products = new java.util.HashSet<>();
        plan.newProducts.forEach(h -> products.add(h.id()));
        products.addAll(plan.changedProducts.keySet());
        java.util.Set<Long> skus = new java.util.HashSet<>();
        plan.updates.forEach(w -> skus.add(w.id()));
        Map<Long, Long> stock = new HashMap<>();
        for (StockWrite w : plan.stock) {
            if (w.kind() == MovementKind.CORRECTION) { // an existing SKU; a new one's stock goes with its create
                stock.put(w.skuId(), w.balance());
            }
        }
        java.util.Set<Long> added = new java.util.HashSet<>();
        plan.inserts.forEach(w -> added.add(w.id()));
        pushes.imported(c, products, skus, stock, added);
    }

    private static void bindHead(PreparedStatement ps, int from, Head h) throws SQLException {
        ps.setString(from, h.name());
        ps.setString(from + 1, h.shortTitle());
        ps.setString(from + 2, h.category());
        ps.setString(from + 3, h.status());
        ps.setString(from + 4, h.axes());
        ps.setString(from + 5, h.description());
        ps.setString(from + 6, SkuSql.productSearch(h.name()));
    }

    private static final int DEFAULT_CACHE_KIB = 2000; // SQLite's default page cache

    /** A large import's index inserts thrash SQLite's small default page cache; give it room for the duration. */
    private void setCacheKib(int kib) {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size=-" + kib);
            }
            return null;
        });
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM "
                + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
