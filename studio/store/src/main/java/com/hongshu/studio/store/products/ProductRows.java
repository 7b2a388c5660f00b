package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads a whole product back: its row, images and SKUs. */
final class ProductRows {

    private ProductRows() {
    }

    static Optional<Product> load(Connection c, long id) throws SQLException {
        Product head;
        try (PreparedStatement ps = c.prepareStatement("SELECT name, short_title, description, category, status, axes,"
                + " created_at, updated_at FROM product WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String axes = rs.getString(6);
                head = new Product(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of(),
                        ProductStatus.valueOf(rs.getString(5)), axes.isEmpty() ? List.of() : List.of(axes.split("\n")),
                        List.of(), Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)));
            }
        }
        List<Long> media = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT media_id FROM product_media WHERE product_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    media.add(rs.getLong(1));
                }
            }
        }
        List<Sku> skus = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, variant, erp_code, barcode, price_fen,"
                + " original_price_fen, low_stock, stock FROM sku WHERE product_id = ? ORDER BY position, id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skus.add(new Sku(rs.getLong(1), variant(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), rs.getInt(7), rs.getLong(8)));
                }
            }
        }
        return Optional.of(new Product(id, head.name(), head.shortTitle(), head.description(), head.category(), media,
                head.status(), head.axes(), skus, head.createdAt(), head.updatedAt()));
    }

    static List<String> variant(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(" / ")).toList();
    }
}
