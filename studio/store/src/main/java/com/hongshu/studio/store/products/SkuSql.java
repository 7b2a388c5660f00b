package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.SkuRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The products table's query: one SQL for a filtered, sorted page and the same filter for the count. */
final class SkuSql {

    static final String COLUMNS = "s.id, s.product_id, p.name, p.category, p.status, s.variant, s.erp_code, s.barcode,"
            + " s.price_fen, s.original_price_fen, s.stock, s.low_stock";
    static final String FROM = " FROM sku s JOIN product p ON p.id = s.product_id";

    private SkuSql() {
    }

    /** What the filter matches a SKU by, besides its product's name: lower-cased so the query needs no LIKE. */
    static String skuSearch(String variant, String erpCode, String barcode) {
        return (variant + "\n" + erpCode + "\n" + barcode).toLowerCase(java.util.Locale.ROOT);
    }

    static String productSearch(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The page and the total in one scan when a text filter makes the scan unavoidable; with no text, a separate
     * count is cheaper than a window over every row.
     */
    static com.hongshu.studio.core.products.SkuPage pageWithTotal(Connection c, SkuQuery q) throws SQLException {
        if (q.text().isEmpty()) {
            return new com.hongshu.studio.core.products.SkuPage(page(c, q), count(c, q));
        }
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + ", count(*) OVER ()" + FROM + where(q, args) + orderBy(q)
                + " LIMIT ? OFFSET ?";
        args.add(q.limit());
        args.add(q.offset());
        List<SkuRow> rows = new ArrayList<>();
        long total = -1;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                    total = rs.getLong(13);
                }
            }
        }
        return new com.hongshu.studio.core.products.SkuPage(rows, total >= 0 ? total : count(c, q));
    }

    static List<SkuRow> page(Connection c, SkuQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + FROM + where(q, args) + orderBy(q) + " LIMIT ? OFFSET ?";
        args.add(q.limit());
        args.add(q.offset());
        return rows(c, sql, args);
    }

    static long count(Connection c, SkuQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*)" + (q.status() == null ? " FROM sku s" : FROM)
                + where(q, args);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static List<SkuRow> rows(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<SkuRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    private static SkuRow row(ResultSet rs) throws SQLException {
        return new SkuRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                ProductStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getInt(12));
    }

    private static String where(SkuQuery q, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (!q.text().isEmpty()) {
            // product names are matched once, in the (smaller) product table, not per SKU
            String text = q.text().toLowerCase(java.util.Locale.ROOT);
            parts.add("(instr(s.search, ?) > 0 OR s.product_id IN (SELECT id FROM product WHERE instr(search, ?) > 0))");
            args.add(text);
            args.add(text);
        }
        if (q.status() != null) {
            parts.add("p.status = ?");
            args.add(q.status().name());
        }
        if (q.lowStockOnly()) {
            parts.add("s.stock <= s.low_stock");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static String orderBy(SkuQuery q) {
        String dir = q.descending() ? " DESC" : "";
        String key = switch (q.sort()) {
            case NAME -> "p.name" + dir + ", s.position" + dir;
            case ERP_CODE -> "s.erp_code" + dir;
            case PRICE -> "s.price_fen" + dir;
            case STOCK -> "s.stock" + dir;
            case STATUS -> "p.status" + dir + ", p.name" + dir;
            case UPDATED -> "s.updated_at" + dir;
        };
        return " ORDER BY " + key + ", s.id" + dir;
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
