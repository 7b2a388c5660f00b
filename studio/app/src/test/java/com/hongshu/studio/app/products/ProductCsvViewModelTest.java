package com.hongshu.studio.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.TextDecoding;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.products.ProductCsvStore;
import com.hongshu.studio.store.products.SqliteProductRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.SyncAccount;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV import and export as the seller meets them: the preview, the row errors, and what ends up in the workspace. */
class ProductCsvViewModelTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Workspace ws;
    private SqliteProductRepository repo;
    private ProductCsvViewModel vm;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteProductRepository(ws.database(), clock);
        vm = new ProductCsvViewModel(new ProductCsvStore(ws.database(), clock), new InThreadTaskRunner(), notifier,
                new I18n(Locale.SIMPLIFIED_CHINESE, List.of("products")));
        Product saved = repo.save(new Product(0, "羊毛围巾", "冬季羊毛围巾", "", "配饰", List.of(),
                ProductStatus.ON_SHELF, List.of("颜色"), List.of(
                        new Sku(0, List.of("红色"), "W-1", "690001", 9900, 12900, 3, 0),
                        new Sku(0, List.of("蓝色"), "W-2", "690002", 9900, 12900, 3, 0)), null, null));
        repo.move(saved.skus().get(0).id(), MovementKind.RESTOCK, 8, "到货");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private String state() {
        return ws.database().read(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM"
                    + " product), (SELECT group_concat(erp_code || ':' || price_fen || ':' || stock) FROM sku),"
                    + " (SELECT count(*) FROM stock_movement)")) {
                rs.next();
                out.append(rs.getLong(1)).append('|').append(rs.getString(2)).append('|').append(rs.getLong(3));
            }
            return out.toString();
        });
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void anExportReImportedChangesNothingAndExportingAgainGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first.csv");
        vm.export(first);
        String before = state();
        vm.read(first);
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(vm.previewProperty().get().summary().changesNothing()).isTrue();
        vm.commit();
        assertThat(notifier.notices()).extracting(Notifier.Notice::message).contains("文件与现有商品一致，没有任何变化。");
        assertThat(state()).isEqualTo(before);
        Path second = dir.resolve("second.csv");
        vm.export(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(first)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aGb18030FileFromExcelIsPreviewedThenImported() throws Exception {
        String text = "商品名称,商家编码,售价,原价,库存,状态\r\n棉麻衬衫,SH-1,¥159,199,10,在售\r\n羊毛围巾,W-2,88.5,129,0,在售\r\n";
        vm.read(file("excel.csv", text.getBytes(TextDecoding.GB18030)));
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.previewProperty().get().parsed().charset()).isEqualTo("GB18030");
        assertThat(vm.previewProperty().get().summary().newSkus()).isEqualTo(1);
        assertThat(vm.previewProperty().get().summary().changedSkus()).isEqualTo(1);
        assertThat(repo.count(SkuQuery.all(10))).isEqualTo(2); // the preview wrote nothing
        vm.commit();
        assertThat(repo.count(SkuQuery.all(10))).isEqualTo(3);
        assertThat(repo.search(new SkuQuery("SH-1", null, false, null, false, 0, 1)).get(0).stock()).isEqualTo(10);
        assertThat(repo.search(new SkuQuery("W-2", null, false, null, false, 0, 1)).get(0).priceFen())
                .isEqualTo(8850);
    }

    @Test
    void badFilesShowTheirErrorsAndImportNothing() throws Exception {
        String before = state();
        String header = "product,erp_code,price,original_price,stock\n";
        record Case(String name, byte[] bytes, String expected) {
        }
        List<Case> cases = List.of(
                new Case("columns.csv", "product,price\n围巾,9\n".getBytes(StandardCharsets.UTF_8),
                        "缺少列：erp_code, original_price"),
                new Case("price.csv", (header + "围巾,X-1,12.345,20,1\n").getBytes(StandardCharsets.UTF_8),
                        "第 2 行：售价“12.345”不是如 12.50 的金额。"),
                new Case("dup.csv", (header + "围巾,X-1,12,20,1\n围巾,X-1,12,20,1\n").getBytes(StandardCharsets.UTF_8),
                        "第 3 行：商家编码 X-1 已在第 2 行使用。"),
                new Case("number.csv", (header + "围巾,X-1,12,20,many\n").getBytes(StandardCharsets.UTF_8),
                        "第 2 行：库存“many”不是 0 或以上的整数。"),
                new Case("utf16.csv", (header + "围巾,X-1,12,20,1\n").getBytes(StandardCharsets.UTF_16),
                        "文件不是 UTF-8 或 GB18030 文本"),
                new Case("empty.csv", new byte[0], "文件为空"));
        for (Case c : cases) {
            vm.read(file(c.name(), c.bytes()));
            assertThat(vm.errors()).as(c.name()).anyMatch(e -> e.contains(c.expected()));
            assertThat(vm.canImportProperty().get()).as(c.name()).isFalse();
            vm.commit(); // refused: nothing to import
            assertThat(state()).as(c.name()).isEqualTo(before);
        }
        // one bad row among good ones blocks the whole file
        vm.read(file("mixed.csv", (header + "围巾,X-1,12,20,1\n围巾,X-2,30,20,1\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(vm.errors()).singleElement().asString().contains("第 3 行").contains("必须低于原价");
        vm.commit();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void withSeveralAccountsThePreviewOffersThemAndTheImportRunsUnderTheOneChosen() throws Exception {
        SyncAccount first = new SyncAccount(1, "app", "s1", "一号店", ZoneId.of("Asia/Shanghai"), AccountState.ACTIVE,
                null, null, null);
        SyncAccount second = new SyncAccount(2, "app", "s2", "二号店", ZoneId.of("Asia/Shanghai"), AccountState.ACTIVE,
                null, null, null);
        List<Long> ranUnder = new java.util.ArrayList<>();
        vm.useAccounts(new ProductCsvViewModel.ImportAccounts() {
            @Override
            public List<SyncAccount> all() {
                return List.of(first, second);
            }

            @Override
            public <T> T newProductsUnder(long accountId, java.util.function.Supplier<T> work) {
                ranUnder.add(accountId);
                return work.get();
            }
        });
        Path file = dir.resolve("new.csv");
        java.nio.file.Files.write(file, com.hongshu.studio.core.products.ProductCsv.export(List.of(
                new com.hongshu.studio.core.products.CsvLine(0, "帆布包", "", "包袋", ProductStatus.ON_SHELF, List.of(),
                        List.of(), "B-1", "", 5900, 8900, 4, 1, ""))));

        vm.read(file);
        assertThat(vm.accounts()).containsExactly(first, second);
        assertThat(vm.accountProperty().get()).isEqualTo(first);
        vm.accountProperty().set(second);
        vm.commit();

        assertThat(ranUnder).containsExactly(2L);
        assertThat(state()).contains("B-1:5900:4");
    }
}
