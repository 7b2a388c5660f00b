package com.hongshu.studio.store.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.products.CsvLine;
import com.hongshu.studio.core.products.ImportSummary;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductCsv;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductCsvStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private Workspace ws;
    private SqliteProductRepository repo;
    private ProductCsvStore csv;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteProductRepository(ws.database(), clock);
        csv = new ProductCsvStore(ws.database(), clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long count(String table) {
        return ws.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void anExportReImportedChangesNothingAndExportsToTheSameBytes() {
        Product p = repo.save(SqliteProductRepositoryTest.scarf("羊毛围巾, \"加厚\"", "W"));
        repo.move(p.skus().get(0).id(), MovementKind.RESTOCK, 12, "");
        repo.save(SqliteProductRepositoryTest.scarf("真丝眼罩", "E"));
        byte[] first = ProductCsv.export(csv.exportLines());
        long movements = count("stock_movement");

        ProductCsv.Parsed parsed = ProductCsv.parse(first);
        assertThat(parsed.errors()).isEmpty();
        assertThat(csv.preview(parsed.lines()).changesNothing()).isTrue();
        ImportSummary done = csv.commit(parsed.lines(), f -> { });
        assertThat(done.changesNothing()).isTrue();
        assertThat(done.unchangedSkus()).isEqualTo(12);
        assertThat(count("stock_movement")).isEqualTo(movements);
        assertThat(ProductCsv.export(csv.exportLines())).isEqualTo(first);
    }

    @Test
    void newRowsAreAddedChangedOnesUpdatedAndAStockDifferenceIsACorrection() {
        Product p = repo.save(SqliteProductRepositoryTest.scarf("羊毛围巾", "W"));
        String text = "product,erp_code,price,original_price,stock,status,variant\n"
                + "羊毛围巾,W-1,88,129,7,ON_SHELF,红色 / S\n"
                + "棉麻衬衫,SH-1,159,199,10,在售,白色\n"
                + "棉麻衬衫,SH-2,159,199,0,在售,蓝色\n";
        ProductCsv.Parsed parsed = ProductCsv.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.errors()).isEmpty();
        ImportSummary preview = csv.preview(parsed.lines());
        assertThat(preview.newProducts()).isEqualTo(1);
        assertThat(preview.newSkus()).isEqualTo(2);
        assertThat(preview.changedSkus()).isEqualTo(1);
        assertThat(count("sku")).isEqualTo(6); // a preview writes nothing
        csv.commit(parsed.lines(), f -> { });
        SkuRow w1 = repo.search(new SkuQuery("W-1", null, false, null, false, 0, 5)).get(0);
        assertThat(w1.priceFen()).isEqualTo(8800);
        assertThat(w1.stock()).isEqualTo(7);
        assertThat(repo.history(w1.skuId(), 5)).extracting(m -> m.kind()).containsExactly(MovementKind.CORRECTION);
        SkuRow sh1 = repo.search(new SkuQuery("SH-1", null, false, null, false, 0, 5)).get(0);
        assertThat(sh1.stock()).isEqualTo(10);
        assertThat(sh1.status()).isEqualTo(ProductStatus.ON_SHELF);
        assertThat(repo.findProducts("棉麻衬衫", 5).get(0).skuCount()).isEqualTo(2);
        assertThat(csv.commit(parsed.lines(), f -> { }).changesNothing()).isTrue();
        assertThat(repo.findById(p.id()).orElseThrow().skus()).hasSize(6);
        assertThat(count("sku s WHERE s.stock <> (SELECT coalesce(sum(quantity), 0) FROM stock_movement m"
                + " WHERE m.sku_id = s.id)")).isZero(); // every total is the sum of its ledger
    }

    @Test
    void aFailureHalfWayImportsNothing() {
        List<CsvLine> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(new CsvLine(i + 2, "商品" + i, "", "", ProductStatus.DRAFT, List.of(), List.of(), "C-" + i, "",
                    100, 200, 3, 0, ""));
        }
        // a price the schema refuses (the parser would have reported it): the database rejects the batch
        lines.add(new CsvLine(60, "坏行", "", "", ProductStatus.DRAFT, List.of(), List.of(), "BAD", "", 0, 200, 0, 0,
                ""));
        assertThatThrownBy(() -> csv.commit(lines, f -> { })).isInstanceOf(RuntimeException.class);
        assertThat(count("product")).isZero();
        assertThat(count("sku")).isZero();
        assertThat(count("stock_movement")).isZero();
    }
}
