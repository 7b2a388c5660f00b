package com.hongshu.studio.store.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLinkedStockTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private Workspace ws;
    private SqliteProductRepository products;
    private SqliteLinkedStock stock;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        products = new SqliteProductRepository(ws.database(), clock);
        stock = new SqliteLinkedStock(ws.database());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long note(long... productIds) {
        return ws.database().inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (title, created_at, updated_at) "
                    + "VALUES ('n', 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO note_product (note_id, position, product_id) VALUES (?,?,?)")) {
                for (int i = 0; i < productIds.length; i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setLong(3, productIds[i]);
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    /** A scarf of six SKUs, each given {@code units}. */
    private Product scarf(String prefix, long units) {
        Product p = products.save(SqliteProductRepositoryTest.scarf("围巾 " + prefix, prefix));
        p.skus().forEach(s -> products.move(s.id(), MovementKind.RESTOCK, units, "到货"));
        return p;
    }

    @Test
    void eachNoteGetsTheStockOfItsLinkedProductsAndFollowsSales() {
        Product red = scarf("R", 5);
        Product blue = scarf("B", 2);
        long both = note(red.id(), blue.id(), red.id());
        long one = note(blue.id());
        long none = note();

        assertThat(stock.availableByNote(List.of(both, one, none))).isEqualTo(Map.of(both, 42L, one, 12L));

        products.move(blue.skus().get(0).id(), MovementKind.SALE, 2, "订单");
        products.move(blue.skus().get(1).id(), MovementKind.SALE, 1, "订单");
        assertThat(stock.availableByNote(List.of(both, one))).isEqualTo(Map.of(both, 39L, one, 9L));
        assertThat(stock.availableByNote(List.of())).isEmpty();
    }

    @Test
    void manyNotesAreAnsweredInChunks() {
        Product red = scarf("R", 1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SqliteLinkedStock.CHUNK + 20; i++) {
            ids.add(note(red.id()));
        }
        Map<Long, Long> got = stock.availableByNote(ids);
        assertThat(got).hasSize(ids.size());
        assertThat(got.values()).containsOnly(6L);
    }
}
