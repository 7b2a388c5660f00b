package com.hongshu.studio.store.products;

import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's view of the products linked to notes: per note, the units in stock over every SKU of its linked
 * products (a product linked twice counts once).
 */
public final class SqliteLinkedStock implements LinkedStock {

    /** Ids per query, well under SQLite's limit on bound parameters. */
    static final int CHUNK = 500;

    private final Database db;

    public SqliteLinkedStock(Database db) {
        this.db = db;
    }

    @Override
    public Map<Long, Long> availableByNote(List<Long> noteIds) {
        Map<Long, Long> out = new HashMap<>();
        if (noteIds.isEmpty()) {
            return out;
        }
        db.read(c -> {
            for (int from = 0; from < noteIds.size(); from += CHUNK) {
                List<Long> chunk = noteIds.subList(from, Math.min(noteIds.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT l.note_id, SUM(s.stock) FROM "
                        + "(SELECT DISTINCT note_id, product_id FROM note_product WHERE note_id IN (" + marks
                        + ")) l JOIN sku s ON s.product_id = l.product_id GROUP BY l.note_id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }
}
