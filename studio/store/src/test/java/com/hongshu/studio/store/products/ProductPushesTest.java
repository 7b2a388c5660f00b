package com.hongshu.studio.store.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.products.CsvLine;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.StockMovement;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.PayloadCodec;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every product change queues its platform operation in its own transaction (or, rolled back, neither). */
class ProductPushesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    /** Records print as {@code Stock[erpCode=A, total=5]}: enough to read what was queued. */
    private static final PayloadCodec CODEC = new PayloadCodec() {
        @Override
        public String encode(Object payload) {
            return payload.toString();
        }

        @Override
        public <T> T decode(String text, Class<T> type) {
            throw new UnsupportedOperationException();
        }
    };

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Workspace ws;
    private SqliteOutboxRepository outbox;
    private SqliteProductRepository repo;
    private ProductCsvStore csv;
    private LedgerOrders orders;
    private long account;
    private int wakes;
    private OutboxProductPushes pushes;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        outbox = new SqliteOutboxRepository(ws.database(), clock);
        account = new SqliteSyncAccountRepository(ws.database())
                .upsert("app", "seller", "店铺", ZoneId.of("Asia/Shanghai"), NOW).id();
        pushes = new OutboxProductPushes(outbox, CODEC,
                new OutboxProductPushes.Defaults("cat-101", "tpl-1", "https://img.invalid/none.jpg"),
                id -> "media:" + id, () -> wakes++);
        repo = new SqliteProductRepository(ws.database(), clock, pushes);
        csv = new ProductCsvStore(ws.database(), clock, pushes);
        orders = new LedgerOrders(ws.database(), clock, pushes);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Product product(String name, ProductStatus status, String... erps) {
        List<Sku> skus = java.util.Arrays.stream(erps)
                .map(e -> new Sku(0, List.of(e), e, "", 9900, 12900, 2, 0)).toList();
        return new Product(0, name, "短标题六个字", "描述", "女装", List.of(), status, List.of("颜色"), skus, null, null);
    }

    private List<Operation> ops() {
        List<Operation> all = outbox.list(new OutboxQuery(null, null, null, null, 1000, 0));
        return all.stream().sorted(java.util.Comparator.comparingLong(Operation::id)).toList();
    }

    private List<String> described() {
        return ops().stream().map(o -> o.kind() + " " + o.payload()).toList();
    }

    @Test
    void firstPushIsCreateWithSkusAndStockLaterEditsAreUpdatesPricesAvailabilityAndAbsoluteStock() {
        Product p = repo.saveWithStock(product("纯棉T恤", ProductStatus.ON_SHELF, "TEE-S", "TEE-M")
                .withSkus(List.of(new Sku(0, List.of("S"), "TEE-S", "", 9900, 12900, 2, 7),
                        new Sku(0, List.of("M"), "TEE-M", "", 9900, 12900, 2, 3))), "opening");
        assertThat(ops()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(OperationKind.PRODUCT_CREATE);
            assertThat(o.accountId()).isEqualTo(account);
            assertThat(o.aggregateId()).isEqualTo(p.id());
            assertThat(o.payload()).contains("erpCode=TEE-S, price=9900, originalPrice=12900, stock=7")
                    .contains("erpCode=TEE-M", "stock=3", "cat-101");
        });
        long small = p.skus().get(0).id();
        repo.move(small, MovementKind.RESTOCK, 5, "到货");
        repo.move(small, MovementKind.SALE, 2, "门店");
        repo.setPrices(Map.of(small, 8900L));
        repo.setStatuses(Map.of(p.id(), ProductStatus.OFF_SHELF));
        Product loaded = repo.findById(p.id()).orElseThrow();
        repo.save(new Product(p.id(), "纯棉圆领T恤", loaded.shortTitle(), loaded.description(), loaded.category(),
                List.of(), loaded.status(), loaded.axes(), loaded.skus(), loaded.createdAt(), loaded.updatedAt()));

        assertThat(described()).containsExactly(
                described().get(0),
                "STOCK Stock[erpCode=TEE-S, total=12]",
                "STOCK Stock[erpCode=TEE-S, total=10]",
                "PRICE Price[erpCode=TEE-S, price=8900, originalPrice=12900]",
                "AVAILABILITY Availability[erpCode=TEE-S, available=false]",
                "AVAILABILITY Availability[erpCode=TEE-M, available=false]",
                "PRODUCT_UPDATE ProductUpdate[erpCode=TEE-S, name=纯棉圆领T恤, description=描述, media=null]");
        assertThat(ops()).allSatisfy(o -> assertThat(o.aggregateId()).isEqualTo(p.id()));
        assertThat(wakes).isPositive();
    }

    @Test
    void draftsAreNotPushedUntilTheyGoOnShelf() {
        Product p = repo.save(product("草稿", ProductStatus.DRAFT, "D-1"));
        repo.move(p.skus().get(0).id(), MovementKind.RESTOCK, 4, "");
        assertThat(ops()).isEmpty();

        repo.setStatuses(Map.of(p.id(), ProductStatus.ON_SHELF));
        assertThat(described()).singleElement().asString().startsWith("PRODUCT_CREATE")
                .contains("erpCode=D-1", "stock=4");
    }

    @Test
    void aRolledBackChangeLeavesNeitherTheChangeNorItsOperation() {
        Product p = repo.save(product("围巾", ProductStatus.ON_SHELF, "SC-1"));
        int before = ops().size();
        long sku = p.skus().get(0).id();
        assertThatThrownBy(() -> ws.database().inTransaction(c -> {
            repo.move(c, sku, MovementKind.RESTOCK, 9, "");
            throw new IllegalStateException("the disk is full");
        })).hasStackTraceContaining("the disk is full");
        assertThatThrownBy(() -> ws.database().inTransaction(c -> {
            repo.save(c, product("另一个", ProductStatus.ON_SHELF, "SC-2"));
            throw new IllegalStateException("the disk is full");
        })).hasStackTraceContaining("the disk is full");

        assertThat(repo.findSku(sku).orElseThrow().stock()).isZero();
        assertThat(repo.history(sku, 10)).isEmpty();
        assertThat(repo.findProducts("另一个", 10)).isEmpty();
        assertThat(ops()).hasSize(before);
    }

    @Test
    void productsSavedBeforeSyncKnewOfThemAreCreatedOnceWhenAskedToCatchUp() {
        SqliteProductRepository unsynced = new SqliteProductRepository(ws.database(), clock);
        Product shelf = unsynced.save(product("样品", ProductStatus.ON_SHELF, "U-1"));
        unsynced.save(product("草稿", ProductStatus.DRAFT, "U-2"));
        assertThat(ops()).isEmpty();

        assertThat(ws.database().inTransaction(pushes::pushUnpushed)).isEqualTo(1);
        assertThat(ws.database().inTransaction(pushes::pushUnpushed)).isZero();
        assertThat(ops()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(OperationKind.PRODUCT_CREATE);
            assertThat(o.aggregateId()).isEqualTo(shelf.id());
        });
    }

    private static CsvLine line(String product, ProductStatus status, String erp, long stock) {
        return new CsvLine(0, product, "", "", status, List.of(), List.of(), erp, "", 1000, 2000, stock, 1, "");
    }

    @Test
    void aCsvImportQueuesOneCreatePerNewProductAndOneAbsoluteStockPerChangedSku() {
        csv.commit(List.of(line("甲", ProductStatus.ON_SHELF, "A-1", 5), line("甲", ProductStatus.ON_SHELF, "A-2", 6),
                line("乙", ProductStatus.DRAFT, "B-1", 1)), f -> { });
        assertThat(described()).singleElement().asString().startsWith("PRODUCT_CREATE")
                .contains("erpCode=A-1", "stock=5", "erpCode=A-2", "stock=6");

        csv.commit(List.of(line("甲", ProductStatus.ON_SHELF, "A-1", 5), line("甲", ProductStatus.ON_SHELF, "A-2", 9),
                line("乙", ProductStatus.DRAFT, "B-1", 4)), f -> { });
        assertThat(described()).hasSize(2).last().isEqualTo("STOCK Stock[erpCode=A-2, total=9]");

        csv.commit(List.of(line("甲", ProductStatus.ON_SHELF, "A-1", 5), line("甲", ProductStatus.ON_SHELF, "A-2", 9),
                line("乙", ProductStatus.DRAFT, "B-1", 4)), f -> { });
        assertThat(ops()).as("the same file again changes nothing and queues nothing").hasSize(2);

        CsvLine added = new CsvLine(0, "甲", "", "", ProductStatus.ON_SHELF, List.of(), List.of(), "A-3", "", 1000,
                2000, 1, 1, "新描述");
        csv.commit(List.of(line("甲", ProductStatus.ON_SHELF, "A-1", 5), line("甲", ProductStatus.ON_SHELF, "A-2", 9),
                added), f -> { });
        assertThat(described().subList(2, described().size())).as("the new SKU is not addressed on the platform")
                .allSatisfy(d -> assertThat(d).doesNotContain("A-3"))
                .anySatisfy(d -> assertThat(d).startsWith("PRODUCT_UPDATE").contains("erpCode=A-1"));
    }

    private static PullSinks.Order order(String id, int status, String erp, int qty) {
        return new PullSinks.Order(1, id, status, NOW.minusSeconds(60), NOW.minusSeconds(30),
                status == 2 ? NOW.minusSeconds(30) : null, List.of(new PullSinks.OrderLine("sku-x", erp, qty, 9900)),
                qty * 9900L);
    }

    @Test
    void aPaidOrderIsOneSaleHoweverOftenItIsDeliveredAndAnUnpaidOneHoldsStockWithoutMovingTheTotal() {
        Product p = repo.saveWithStock(product("杯子", ProductStatus.ON_SHELF, "CUP")
                .withSkus(List.of(new Sku(0, List.of("白"), "CUP", "", 9900, 12900, 2, 10))), "");
        long sku = p.skus().get(0).id();
        int queued = ops().size();

        orders.accept(List.of(order("O-1", 1, "CUP", 3)));
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(10);
        assertThat(repo.held(sku)).isEqualTo(3);

        orders.accept(List.of(order("O-1", 2, "CUP", 3), order("O-2", 2, "CUP", 2)));
        orders.accept(List.of(order("O-1", 2, "CUP", 3), order("O-2", 2, "CUP", 2)));
        assertThat(repo.held(sku)).isZero();
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(5);
        assertThat(repo.history(sku, 10)).filteredOn(m -> m.kind() == MovementKind.SALE)
                .extracting(StockMovement::quantity).containsExactlyInAnyOrder(-3L, -2L);
        assertThat(ops()).as("the platform already took its sales off its total: no push back").hasSize(queued);

        orders.accept(List.of(order("O-3", 1, "CUP", 1), order("O-4", 2, "NOT-OURS", 1)));
        orders.accept(List.of(order("O-3", 3, "CUP", 1)));
        assertThat(repo.held(sku)).as("closed unpaid: released, nothing sold").isZero();
        assertThat(repo.findSku(sku).orElseThrow().stock()).isEqualTo(5);
    }

    @Test
    void aSaleArrivingAfterALocalPushWasQueuedIsFollowedByTheCorrectTotal() {
        Product p = repo.saveWithStock(product("杯子", ProductStatus.ON_SHELF, "CUP")
                .withSkus(List.of(new Sku(0, List.of("白"), "CUP", "", 9900, 12900, 2, 10))), "");
        long sku = p.skus().get(0).id();
        repo.move(sku, MovementKind.SALE, 1, "门店"); // queued at NOW, after the platform's sale below was paid
        orders.accept(List.of(order("O-9", 2, "CUP", 2)));
        assertThat(described()).last().isEqualTo("STOCK Stock[erpCode=CUP, total=7]");
    }

    @Test
    void picturesGoAsMediaReferencesToUploadAndChangingThemQueuesAnUpdateCarryingThem() throws Exception {
        com.hongshu.studio.store.WorkspaceMediaLibrary library =
                new com.hongshu.studio.store.WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            Path f = dir.resolve("p" + i + ".png");
            java.nio.file.Files.write(f, new byte[] {1, 2, (byte) i});
            ids[i] = library.importFile(f, "image/png", 1, 1).id();
        }
        Product draft = product("纯棉T恤", ProductStatus.ON_SHELF, "TEE-S");
        Product p = repo.save(new Product(0, draft.name(), draft.shortTitle(), draft.description(), draft.category(),
                List.of(ids[0], ids[1]), draft.status(), draft.axes(), draft.skus(), null, null));
        assertThat(ops()).singleElement().satisfies(o -> assertThat(o.payload())
                .contains("imageLinks=[]", "media=[media:" + ids[0] + ", media:" + ids[1] + "]"));

        Product loaded = repo.findById(p.id()).orElseThrow();
        repo.save(new Product(p.id(), loaded.name(), loaded.shortTitle(), loaded.description(), loaded.category(),
                List.of(ids[2], ids[0]), loaded.status(), loaded.axes(), loaded.skus(), loaded.createdAt(),
                loaded.updatedAt()));
        assertThat(described()).last().isEqualTo("PRODUCT_UPDATE ProductUpdate[erpCode=TEE-S, name=纯棉T恤,"
                + " description=描述, media=[media:" + ids[2] + ", media:" + ids[0] + "]]");
    }

    @Test
    void aCreateThatStayedUnconfirmedIsQueuedAgainByTheNextChange() {
        Product p = repo.save(product("纯棉T恤", ProductStatus.ON_SHELF, "TEE-S"));
        long first = ops().get(0).id();
        ws.database().inTransaction(c -> c.createStatement()
                .executeUpdate("UPDATE outbox_operation SET status = 'UNCONFIRMED' WHERE id = " + first));
        Product loaded = repo.findById(p.id()).orElseThrow();
        repo.save(new Product(p.id(), "纯棉T恤 新款", loaded.shortTitle(), loaded.description(), loaded.category(),
                loaded.imageMediaIds(), loaded.status(), loaded.axes(), loaded.skus(), loaded.createdAt(),
                loaded.updatedAt()));
        assertThat(ops()).hasSize(2);
        assertThat(ops().get(1).kind()).isEqualTo(OperationKind.PRODUCT_CREATE);
        assertThat(ops().get(1).payload()).contains("name=纯棉T恤 新款");
    }

    @Test
    void aCsvImportUnderAChosenAccountGivesItTheNewProductsOnlyAndQueuesTheirCreatesThere() {
        csv.commit(List.of(line("甲", ProductStatus.ON_SHELF, "A-1", 5)), f -> { });
        long second = new SqliteSyncAccountRepository(ws.database())
                .upsert("app", "seller-2", "第二家店", ZoneId.of("Asia/Shanghai"), NOW).id();
        ChosenAccountPushes chosen = new ChosenAccountPushes(pushes);
        ProductCsvStore underChoice = new ProductCsvStore(ws.database(), clock, chosen);

        chosen.savingNewUnder(second, () -> underChoice.commit(List.of(line("甲", ProductStatus.ON_SHELF, "A-1", 8),
                line("乙", ProductStatus.ON_SHELF, "B-1", 3)), f -> { }));

        assertThat(repo.search(com.hongshu.studio.core.products.SkuQuery.all(50)).stream()
                .map(r -> r.erpCode() + "@" + accountOf(r.productId())).toList())
                .containsExactlyInAnyOrder("A-1@" + account, "B-1@" + second);
        assertThat(ops()).filteredOn(o -> o.kind() == OperationKind.PRODUCT_CREATE)
                .extracting(o -> o.accountId()).containsExactlyInAnyOrder(account, second);
    }

    private long accountOf(long productId) {
        return ws.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT account_id FROM product WHERE id = ?")) {
                ps.setLong(1, productId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
