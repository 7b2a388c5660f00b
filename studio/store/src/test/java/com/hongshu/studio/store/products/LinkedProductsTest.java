package com.hongshu.studio.store.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.notes.ProductLinks.StockWarning;
import com.hongshu.studio.core.products.LinkedProducts;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedProductsTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private Workspace ws;
    private SqliteProductRepository repo;
    private LinkedProducts links;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteProductRepository(ws.database(), clock);
        links = new LinkedProducts(repo, clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void sellingIsAllowedOnceAProductExistsAndNamesAreShown() {
        assertThat(links.accountMaySell()).isFalse();
        Product p = repo.save(new Product(0, "羊毛围巾", "", "", "", List.of(), ProductStatus.ON_SHELF, List.of(),
                List.of(new Sku(0, List.of(), "W-1", "", 100, 200, 0, 0)), null, null));
        assertThat(links.accountMaySell()).isTrue();
        assertThat(links.describe(List.of(p.id(), 999L))).extracting(l -> l.name()).containsExactly("羊毛围巾", "#999");
        assertThat(links.search("围巾", 10)).extracting(l -> l.id()).containsExactly(p.id());
    }

    @Test
    void aSoldOutSkuWarnsNowAndAFastSellingOneWarnsForALaterSchedule() throws Exception {
        Product p = repo.save(new Product(0, "棉麻衬衫", "", "", "", List.of(), ProductStatus.ON_SHELF,
                List.of("颜色"), List.of(new Sku(0, List.of("白色"), "SH-1", "", 100, 200, 0, 0),
                        new Sku(0, List.of("蓝色"), "SH-2", "", 100, 200, 0, 0),
                        new Sku(0, List.of("黑色"), "SH-3", "", 100, 200, 0, 0)), null, null));
        long blue = p.skus().get(1).id();
        long black = p.skus().get(2).id();
        ws.database().inTransaction(c -> {
            repo.moveAt(c, blue, MovementKind.RESTOCK, 40, "", now.minus(Duration.ofDays(20)));
            for (int day = 14; day >= 1; day--) { // 2 a day over the last two weeks: 12 left
                repo.moveAt(c, blue, MovementKind.SALE, 2, "", now.minus(Duration.ofDays(day)));
            }
            repo.moveAt(c, black, MovementKind.RESTOCK, 50, "", now.minus(Duration.ofDays(20)));
            return null;
        });
        List<StockWarning> nowWarnings = links.stockWarnings(List.of(p.id()), null);
        assertThat(nowWarnings).extracting(StockWarning::sku, StockWarning::soldOutNow)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("白色", true));
        assertThat(links.stockWarnings(List.of(p.id()), now.plus(Duration.ofDays(5)))).hasSize(1);
        List<StockWarning> later = links.stockWarnings(List.of(p.id()), now.plus(Duration.ofDays(7)));
        assertThat(later).extracting(StockWarning::sku, StockWarning::soldOutNow).containsExactly(
                org.assertj.core.groups.Tuple.tuple("白色", true), org.assertj.core.groups.Tuple.tuple("蓝色", false));
    }
}
