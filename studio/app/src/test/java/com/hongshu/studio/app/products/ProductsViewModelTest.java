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
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.StockMovement;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.products.SqliteProductRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductsViewModelTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final InThreadTaskRunner tasks = new InThreadTaskRunner();
    private Workspace ws;
    private SqliteProductRepository repo;
    private I18n i18n;
    private ProductsViewModel vm;
    private ProductEditorViewModel editor;
    private StockViewModel stock;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteProductRepository(ws.database(), clock);
        i18n = new I18n(Locale.SIMPLIFIED_CHINESE, List.of("products"));
        vm = new ProductsViewModel(repo, tasks, notifier, i18n);
        editor = new ProductEditorViewModel(repo, limit -> List.of(), tasks, notifier, i18n, clock);
        editor.setOnSaved(p -> vm.changed());
        stock = new StockViewModel(repo, tasks, notifier, i18n);
        stock.setOnChanged(vm::changed);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Product createTwoByThree() {
        editor.newProduct();
        editor.nameProperty().set("纯棉短袖T恤");
        editor.shortTitleProperty().set("纯棉宽松短袖");
        editor.axis1ValuesProperty().set("白色，黑色");
        editor.axis2ValuesProperty().set("S, M, L");
        editor.defaultPriceProperty().set("¥79");
        editor.defaultOriginalProperty().set("129");
        editor.codePrefixProperty().set("TX");
        editor.generateGrid();
        assertThat(editor.skus()).hasSize(6);
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.save()).isTrue();
        return editor.baseProperty().get();
    }

    private List<String> warnings() {
        return notifier.notices().stream().filter(n -> n.level() == Notifier.Level.WARNING)
                .map(Notifier.Notice::message).toList();
    }

    @Test
    void theEditorChecksTheRulesLiveAndKeepsWhatWasTypedWhenRefused() {
        editor.newProduct();
        editor.nameProperty().set("围巾");
        editor.shortTitleProperty().set("围巾");
        assertThat(editor.violations()).anyMatch(v -> v.contains("短标题有 2 个字"));
        editor.axis1ValuesProperty().set("红色");
        editor.defaultPriceProperty().set("200");
        editor.defaultOriginalProperty().set("100");
        editor.generateGrid();
        assertThat(editor.violations()).anyMatch(v -> v.contains("售价 ¥200.00 必须低于原价 ¥100.00"));
        assertThat(editor.save()).isFalse();
        assertThat(repo.anyProduct()).isFalse();
        assertThat(editor.nameProperty().get()).isEqualTo("围巾");
        editor.shortTitleProperty().set("羊毛加厚围巾");
        assertThat(editor.setSkuOriginalPrice(0, "¥299.00")).isTrue();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.setSkuPrice(0, "12.345")).isFalse();
        assertThat(warnings()).last().asString().contains("12.345");
    }

    @Test
    void aNewProductWithTwoByThreeVariantsAndOpeningStockLandsInTheTableAndTheLedger() {
        editor.newProduct();
        editor.nameProperty().set("纯棉短袖T恤");
        editor.axis1ValuesProperty().set("白色,黑色");
        editor.axis2ValuesProperty().set("S,M,L");
        editor.defaultPriceProperty().set("79");
        editor.defaultOriginalProperty().set("129");
        editor.codePrefixProperty().set("TX");
        editor.generateGrid();
        editor.setSkuStock(0, "12");
        assertThat(editor.save()).isTrue();
        vm.refresh();
        assertThat(vm.rows()).hasSize(6);
        SkuRow first = vm.rows().stream().filter(r -> r.erpCode().equals("TX-1")).findFirst().orElseThrow();
        assertThat(first.variant()).isEqualTo("白色 / S");
        assertThat(first.stock()).isEqualTo(12);
        assertThat(repo.history(first.skuId(), 5)).extracting(StockMovement::kind)
                .containsExactly(MovementKind.RESTOCK);
    }

    @Test
    void savingTheEditorDoesNotUndoASaleRecordedWhileItWasOpen() {
        Product tee = createTwoByThree();
        editor.open(tee.id());
        long sku = editor.skus().get(0).id();
        repo.move(sku, MovementKind.RESTOCK, 10, "");
        editor.setSkuStock(1, "4"); // the user changes another SKU's count
        editor.nameProperty().set("纯棉短袖T恤 2026");
        repo.move(sku, MovementKind.SALE, 3, "");
        assertThat(editor.save()).isTrue();
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(7);
        assertThat(repo.history(sku, 5)).extracting(StockMovement::kind)
                .containsExactly(MovementKind.SALE, MovementKind.RESTOCK);
        assertThat(repo.findSku(editor.skus().get(1).id()).orElseThrow().stock()).isEqualTo(4);
    }

    @Test
    void inlineEditsAreValidatedAndAStockEditIsACorrectionOfTheDifference() {
        createTwoByThree();
        vm.refresh();
        SkuRow row = vm.rows().get(0);
        assertThat(vm.editPrice(row, "¥129")).isFalse();
        assertThat(warnings()).last().asString().contains("必须低于原价");
        assertThat(vm.editPrice(row, "abc")).isFalse();
        assertThat(repo.findSku(row.skuId()).orElseThrow().priceFen()).isEqualTo(7900);
        assertThat(vm.editPrice(row, "69.9")).isTrue();
        assertThat(repo.findSku(row.skuId()).orElseThrow().priceFen()).isEqualTo(6990);

        assertThat(vm.editStock(vm.rows().get(0), "-1")).isFalse();
        assertThat(vm.editStock(vm.rows().get(0), "8")).isTrue();
        assertThat(vm.editStock(vm.rows().get(0), "5")).isTrue();
        List<StockMovement> ledger = repo.history(row.skuId(), 5);
        assertThat(ledger).extracting(StockMovement::quantity).containsExactly(-3L, 8L);
        assertThat(ledger).allMatch(m -> m.kind() == MovementKind.CORRECTION);
        assertThat(vm.rows().get(0).stock()).isEqualTo(5);
    }

    @Test
    void bulkPriceAndStatusApplyToTheSelectionAndUndoBringsThemBack() {
        Product p = createTwoByThree();
        vm.refresh();
        vm.selected().setAll(vm.rows().subList(0, 3).stream().map(SkuRow::skuId).toList());
        assertThat(vm.bulkPrice("-10%")).isTrue();
        assertThat(vm.selected()).hasSize(3); // kept across the refresh, for the next bulk edit
        assertThat(vm.rows().stream().filter(r -> vm.selected().contains(r.skuId())).map(SkuRow::priceFen))
                .containsOnly(7110L);
        assertThat(vm.rows().stream().filter(r -> !vm.selected().contains(r.skuId())).map(SkuRow::priceFen))
                .containsOnly(7900L);
        assertThat(vm.bulkPrice("+90")).isFalse(); // ¥135.09 would not be below the original price
        assertThat(vm.rows()).extracting(SkuRow::priceFen).contains(7110L);

        vm.bulkStatus(ProductStatus.OFF_SHELF);
        assertThat(repo.findById(p.id()).orElseThrow().status()).isEqualTo(ProductStatus.OFF_SHELF);
        vm.undo();
        assertThat(p.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(repo.findById(p.id()).orElseThrow().status()).isEqualTo(ProductStatus.DRAFT);
        vm.undo();
        assertThat(vm.rows()).extracting(SkuRow::priceFen).containsOnly(7900L);
        vm.redo();
        assertThat(vm.rows()).extracting(SkuRow::priceFen).contains(7110L);
    }

    @Test
    void deletingRemovesTheProductsOfTheSelectedSkusAndNothingElse() {
        Product tee = createTwoByThree();
        repo.save(new Product(0, "羊毛围巾", "", "", "", List.of(), ProductStatus.DRAFT, List.of(),
                List.of(new Sku(0, List.of(), "W-1", "", 100, 200, 0, 0)), null, null));
        vm.refresh();
        vm.selected().setAll(vm.rows().stream().filter(r -> r.productId() == tee.id()).limit(2)
                .map(SkuRow::skuId).toList());
        assertThat(vm.selectedProductCount()).isEqualTo(1);
        vm.deleteSelectedProducts();
        assertThat(vm.rows()).extracting(SkuRow::erpCode).containsExactly("W-1");
        assertThat(repo.findById(tee.id())).isEmpty();
    }

    @Test
    void theStockDialogRecordsMovementsAndRefusesToSellWhatIsNotThere() {
        createTwoByThree();
        vm.refresh();
        SkuRow row = vm.rows().get(0);
        stock.open(row);
        stock.kindProperty().set(MovementKind.RESTOCK);
        stock.quantityProperty().set("10");
        stock.noteProperty().set("供应商到货");
        assertThat(stock.apply()).isTrue();
        stock.kindProperty().set(MovementKind.SALE);
        stock.quantityProperty().set("11");
        assertThat(stock.apply()).isFalse();
        assertThat(warnings()).last().asString().contains("库存只有 10 件");
        stock.quantityProperty().set("4");
        assertThat(stock.apply()).isTrue();
        assertThat(stock.history()).extracting(StockMovement::quantity).containsExactly(-4L, 10L);
        assertThat(stock.history().get(1).note()).isEqualTo("供应商到货");
        assertThat(stock.skuProperty().get().stock()).isEqualTo(6);
        stock.kindProperty().set(MovementKind.CORRECTION);
        stock.quantityProperty().set("0");
        assertThat(stock.apply()).isTrue();
        assertThat(vm.lowStockCountProperty().get()).isEqualTo(6);
        assertThat(vm.lowStock()).first().extracting(SkuRow::stock).isEqualTo(0L);
    }

    @Test
    void theTableIsPagedAndFiltered() {
        for (int i = 0; i < 40; i++) {
            repo.save(new Product(0, "商品" + i, "", "", "", List.of(), ProductStatus.DRAFT, List.of(),
                    List.of(new Sku(0, List.of(), "P" + i + "-A", "", 100, 200, 0, 0),
                            new Sku(0, List.of(), "P" + i + "-B", "", 100, 200, 0, 0),
                            new Sku(0, List.of(), "P" + i + "-C", "", 100, 200, 0, 0)), null, null));
        }
        vm.refresh();
        assertThat(vm.totalProperty().get()).isEqualTo(120);
        assertThat(vm.rows()).hasSize(ProductsViewModel.PAGE);
        assertThat(vm.pageCount()).isEqualTo(2);
        vm.nextPage();
        assertThat(vm.rows()).hasSize(20);
        vm.searchProperty().set("P3-");
        assertThat(vm.pageProperty().get()).isZero();
        assertThat(vm.rows()).extracting(SkuRow::erpCode).containsExactlyInAnyOrder("P3-A", "P3-B", "P3-C");
    }

    @Test
    void aProductWhosePlatformCreateStayedUnconfirmedSaysSoInItsStatus() {
        Product p = repo.save(new Product(0, "纯棉T恤", "纯棉圆领短袖", "", "女装", List.of(), ProductStatus.ON_SHELF,
                List.of("尺码"), List.of(new Sku(0, List.of("S"), "TEE-S", "", 9900, 12900, 2, 5)), null, null));
        Product other = repo.save(new Product(0, "帆布包", "复古帆布托特包", "", "女装", List.of(), ProductStatus.ON_SHELF,
                List.of("颜色"), List.of(new Sku(0, List.of("米白"), "BAG-W", "", 5900, 8900, 2, 5)), null, null));
        ws.database().inTransaction(c -> {
            var st = c.createStatement();
            st.executeUpdate("INSERT INTO sync_account (id, app_id, seller_id, display_name, created_at, updated_at)"
                    + " VALUES (1, 'app', 'seller', '店铺', 0, 0)");
            st.executeUpdate("INSERT INTO outbox_operation (id, account_id, kind, aggregate_type, aggregate_id,"
                    + " payload, idempotency_key, status, next_attempt_at, created_at, updated_at) VALUES (7, 1,"
                    + " 'PRODUCT_CREATE', 'product', " + p.id() + ", '{}', 'k', 'UNCONFIRMED', 0, 0, 0)");
            return st.executeUpdate("UPDATE product SET create_op_id = 7 WHERE id = " + p.id());
        });
        vm.refresh();
        SkuRow tee = vm.rows().stream().filter(r -> r.productId() == p.id()).findFirst().orElseThrow();
        SkuRow bag = vm.rows().stream().filter(r -> r.productId() == other.id()).findFirst().orElseThrow();
        assertThat(vm.statusText(tee)).isEqualTo("在售 · 平台未确认");
        assertThat(vm.statusText(bag)).isEqualTo("在售");
    }
}
