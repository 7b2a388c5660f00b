package com.hongshu.studio.store.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.SkuSort;
import com.hongshu.studio.core.products.StockMovement;
import com.hongshu.studio.core.products.VariantGrid;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteProductRepositoryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private Workspace ws;
    private SqliteProductRepository repo;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteProductRepository(ws.database(), clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Product scarf(String name, String prefix) {
        List<Sku> grid = VariantGrid.generate(List.of(List.of("红色", "蓝色"), List.of("S", "M", "L")), List.of(),
                new Sku(0, List.of(), "", "", 9900, 12900, 3, 0), prefix);
        return new Product(0, name, "冬季羊毛围巾", "很暖和", "配饰", List.of(), ProductStatus.ON_SHELF,
                List.of("颜色", "尺码"), grid, null, null);
    }

    @Test
    void aProductIsSavedWithItsSkusAndReadBack() {
        Product saved = repo.save(scarf("羊毛围巾", "W"));
        Product back = repo.findById(saved.id()).orElseThrow();
        assertThat(back.skus()).hasSize(6).extracting(Sku::variantLabel).startsWith("红色 / S", "红色 / M");
        assertThat(back.axes()).containsExactly("颜色", "尺码");
        assertThat(back.skus()).allMatch(s -> s.stock() == 0 && s.id() > 0);

        List<Sku> fewer = List.of(back.skus().get(0).withPrice(8800), back.skus().get(1));
        repo.save(back.withSkus(fewer));
        Product again = repo.findById(saved.id()).orElseThrow();
        assertThat(again.skus()).extracting(Sku::priceFen).containsExactly(8800L, 9900L);
    }

    @Test
    void aDuplicateErpCodeRollsTheWholeSaveBack() {
        repo.save(scarf("羊毛围巾", "W"));
        assertThatThrownBy(() -> repo.save(scarf("围巾二号", "W"))).isInstanceOf(RuntimeException.class);
        assertThat(repo.count(SkuQuery.all(10))).isEqualTo(6);
        assertThat(repo.findProducts("围巾二号", 10)).isEmpty();
    }

    @Test
    void stockIsTheSumOfTheLedgerAndEveryChangeIsARow() {
        long sku = repo.save(scarf("羊毛围巾", "W")).skus().get(0).id();
        repo.move(sku, MovementKind.RESTOCK, 20, "到货");
        repo.move(sku, MovementKind.SALE, 3, "");
        repo.move(sku, MovementKind.RETURN, 1, "退货");
        assertThat(repo.correctTo(sku, 18, "盘点")).isEmpty(); // counted what the ledger says: no row
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(18);
        assertThat(repo.correctTo(sku, 15, "盘点")).get().extracting(StockMovement::quantity).isEqualTo(-3L);
        List<StockMovement> history = repo.history(sku, 10);
        assertThat(history).extracting(StockMovement::kind).containsExactly(MovementKind.CORRECTION,
                MovementKind.RETURN, MovementKind.SALE, MovementKind.RESTOCK);
        assertThat(history).extracting(StockMovement::balanceAfter).containsExactly(15L, 18L, 17L, 20L);
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(15);
        assertThatThrownBy(() -> repo.move(sku, MovementKind.SALE, 16, "")).isInstanceOf(RuntimeException.class);
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(15);
        ws.database().inTransaction(c -> repo.adjustTo(c, sku, 12, MovementKind.SYNC_ADJUSTMENT, "平台库存"));
        assertThat(repo.history(sku, 1)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.SYNC_ADJUSTMENT);
            assertThat(m.quantity()).isEqualTo(-3);
        });
    }

    @Test
    void theLedgerCannotBeEdited() {
        long sku = repo.save(scarf("羊毛围巾", "W")).skus().get(0).id();
        repo.move(sku, MovementKind.RESTOCK, 5, "");
        assertThatThrownBy(() -> ws.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE stock_movement SET quantity = 50")) {
                return ps.executeUpdate();
            }
        })).isInstanceOf(RuntimeException.class);
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(5);
    }

    @Test
    void stockCannotBeSetWithoutALedgerRow() {
        long sku = repo.save(scarf("羊毛围巾", "W")).skus().get(0).id();
        repo.move(sku, MovementKind.RESTOCK, 5, "");
        assertThatThrownBy(() -> ws.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sku SET stock = 50 WHERE id = " + sku)) {
                return ps.executeUpdate();
            }
        })).isInstanceOf(RuntimeException.class);
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(5);
    }

    @Test
    void aStockChangeAndTheCallersOwnRowShareOneTransaction() {
        long sku = repo.save(scarf("羊毛围巾", "W")).skus().get(0).id();
        assertThatThrownBy(() -> ws.database().inTransaction(c -> {
            repo.move(c, sku, MovementKind.RESTOCK, 9, "");
            repo.setPrices(c, Map.of(sku, 5000L));
            throw new IllegalStateException("the caller's own write failed");
        })).hasRootCauseInstanceOf(IllegalStateException.class);
        SkuRow row = repo.findSku(sku).orElseThrow();
        assertThat(row.stock()).isZero();
        assertThat(row.priceFen()).isEqualTo(9900);
        assertThat(repo.history(sku, 10)).isEmpty();
    }

    @Test
    void theTableIsFilteredSortedAndPaged() {
        Product a = repo.save(scarf("羊毛围巾", "W"));
        Product b = repo.save(scarf("真丝眼罩", "E"));
        repo.setStatuses(Map.of(b.id(), ProductStatus.OFF_SHELF));
        repo.move(a.skus().get(2).id(), MovementKind.RESTOCK, 50, "");
        assertThat(repo.count(new SkuQuery("眼罩", null, false, SkuSort.NAME, false, 0, 50))).isEqualTo(6);
        assertThat(repo.search(new SkuQuery("w-3", null, false, SkuSort.NAME, false, 0, 50)))
                .extracting(SkuRow::erpCode).containsExactly("W-3");
        assertThat(repo.search(new SkuQuery("蓝色 / M", null, false, SkuSort.NAME, false, 0, 50))).hasSize(2);
        assertThat(repo.count(new SkuQuery("", ProductStatus.OFF_SHELF, false, SkuSort.NAME, false, 0, 50)))
                .isEqualTo(6);
        assertThat(repo.search(new SkuQuery("", null, false, SkuSort.STOCK, true, 0, 1)))
                .extracting(SkuRow::erpCode).containsExactly("W-3");
        assertThat(repo.search(new SkuQuery("", null, false, SkuSort.ERP_CODE, false, 3, 2)))
                .extracting(SkuRow::erpCode).containsExactly("E-4", "E-5");
        assertThat(repo.count(new SkuQuery("", null, true, SkuSort.NAME, false, 0, 50))).isEqualTo(11);
        SkuQuery scarves = new SkuQuery("羊毛", null, false, SkuSort.PRICE, false, 2, 3);
        assertThat(repo.page(scarves).total()).isEqualTo(6);
        assertThat(repo.page(scarves).rows()).hasSize(3);
        assertThat(repo.page(scarves.page(10, 3)).total()).isEqualTo(6); // past the end: counted separately
        assertThat(repo.page(new SkuQuery("e-", null, false, SkuSort.NAME, false, 0, 50)).total()).isEqualTo(6);
        // low stock on screen: off-shelf products are not alerted
        assertThat(repo.lowStockCount()).isEqualTo(5);
        assertThat(repo.lowStock(10)).extracting(SkuRow::productName).containsOnly("羊毛围巾");
    }
}
