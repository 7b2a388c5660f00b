package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.sync.Pulls;
import com.hongshu.studio.store.products.LedgerOrders;
import com.hongshu.studio.store.products.OutboxProductPushes;
import com.hongshu.studio.store.products.ProductPushes;
import com.hongshu.studio.store.products.SqliteProductRepository;
import com.hongshu.studio.store.sync.SqliteSyncCursorRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Products end to end against the sandbox: a product is created, restocked and sold locally, orders arrive from the
 * platform (one paid, one unpaid) and are pulled into the ledger, with a fault on every product write, in both
 * idempotency modes. Afterwards each erpCode is exactly one remote SKU, and its remote total equals the ledger's.
 */
class ProductsSandboxSyncTest {

    private static final List<String> WRITES = List.of("product.createItemAndSku", "inventory.syncSkuStock",
            "product.updateSkuPrice");

    @TempDir
    Path dir;

    static Stream<Arguments> faults() {
        List<Arguments> out = new ArrayList<>();
        for (String action : List.of("drop_after_commit", "drop_before_commit", "http500", "throttle", "html_200")) {
            out.add(Arguments.of(action, true));
            out.add(Arguments.of(action, false));
        }
        return out.stream();
    }

    private static List<Map<String, Object>> rules(String action) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String method : WRITES) {
            Map<String, Object> r = new HashMap<>();
            r.put("method", method);
            r.put("nth", 1);
            r.put("times", 1);
            switch (action) {
                case "http500" -> {
                    r.put("action", "http");
                    r.put("status", 500);
                }
                case "throttle" -> {
                    r.put("action", "throttle");
                    r.put("retryAfter", 30);
                }
                default -> r.put("action", action);
            }
            out.add(r);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, idempotency {1}")
    @MethodSource("faults")
    void remoteStockEndsEqualToTheLedgerWithOneRemoteSkuPerErpCode(String action, boolean idempotency) {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 7)) {
            SyncAccount account = s.account("seller-1");
            ProductPushes pushes = new OutboxProductPushes(s.outbox, s.codec,
                    new OutboxProductPushes.Defaults("cat-101", "tpl-1", "https://img.invalid/p.jpg"),
                    id -> "https://img.invalid/" + id + ".jpg", () -> { });
            SqliteProductRepository repo = new SqliteProductRepository(s.db, s.clock, pushes);
            LedgerOrders ledger = new LedgerOrders(s.db, s.clock, pushes);
            for (Map<String, Object> rule : rules(action)) {
                s.fault(rule);
            }

            Product p = repo.saveWithStock(new Product(0, "纯棉T恤", "纯棉圆领短袖T恤", "舒适透气", "女装", List.of(),
                    ProductStatus.ON_SHELF, List.of("尺码"), List.of(
                    new Sku(0, List.of("S"), "TEE-S", "", 9900, 12900, 2, 5),
                    new Sku(0, List.of("M"), "TEE-M", "", 9900, 12900, 2, 8)), null, null), "opening");
            long small = p.skus().get(0).id();
            long medium = p.skus().get(1).id();
            repo.move(small, MovementKind.RESTOCK, 10, "到货");
            repo.move(small, MovementKind.SALE, 3, "门店");
            repo.setPrices(Map.of(medium, 8900L));
            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(remoteTotal(s, "TEE-S")).isEqualTo(12);

            String remoteSmall = s.remoteSkus("TEE-S").get(0).path("skuId").asText();
            String remoteMedium = s.remoteSkus("TEE-M").get(0).path("skuId").asText();
            s.clock.advance(Duration.ofMinutes(1));
            s.control.orders(Map.of("skuId", remoteSmall, "qty", 2, "paid", true, "sellerId", "seller-1"));
            s.control.orders(Map.of("skuId", remoteMedium, "qty", 1, "paid", false, "sellerId", "seller-1"));
            s.clock.advance(Duration.ofMinutes(1));

            List<PullSinks.Order> delivered = new ArrayList<>();
            PullSinks.OrderSink sink = rows -> {
                delivered.addAll(rows);
                ledger.accept(rows);
            };
            new Pulls(s::client, new SqliteSyncCursorRepository(s.db), s.clock).orders(account.id(), sink);
            assertThat(delivered).hasSize(2);
            ledger.accept(delivered); // a page delivered again counts nothing twice
            repo.move(medium, MovementKind.RETURN, 1, "退货");
            assertThat(settle(s)).as(describe(s)).isTrue();

            assertThat(repo.findSku(small).orElseThrow().stock()).isEqualTo(10);
            assertThat(repo.held(medium)).isEqualTo(1);
            for (long sku : List.of(small, medium)) {
                String erp = repo.findSku(sku).orElseThrow().erpCode();
                assertThat(s.remoteSkus(erp)).as(erp).hasSize(1);
                assertThat(remoteTotal(s, erp)).as(erp + " " + describe(s))
                        .isEqualTo(repo.findSku(sku).orElseThrow().stock());
            }
            assertThat(s.remoteSkus("TEE-M").get(0).path("price").asLong()).isEqualTo(8900);
            assertThat(s.remoteSkus("TEE-M").get(0).path("occupied").asLong()).isEqualTo(1);
        }
    }

    /** The repository over the app's current database (a restart opens a new one). */
    private static SqliteProductRepository repo(SandboxSync s) {
        return new SqliteProductRepository(s.db, s.clock, pushes(s));
    }

    private static ProductPushes pushes(SandboxSync s) {
        return new OutboxProductPushes(s.outbox, s.codec,
                new OutboxProductPushes.Defaults("cat-101", "tpl-1", "https://img.invalid/p.jpg"),
                id -> "https://img.invalid/" + id + ".jpg", () -> { });
    }

    @ParameterizedTest(name = "idempotency {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void killedAfterProductWritesReachedThePlatformAndRestartedNothingIsLostOrDoubled(boolean idempotency) {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 3)) {
            SyncAccount account = s.account("seller-1");
            s.crashRate = 0.5;
            Product p = repo(s).saveWithStock(new Product(0, "帆布托特包", "复古帆布托特包", "耐用", "女装", List.of(),
                    ProductStatus.ON_SHELF, List.of("颜色"), List.of(
                    new Sku(0, List.of("米白"), "BAG-W", "", 5900, 8900, 2, 4),
                    new Sku(0, List.of("卡其"), "BAG-K", "", 5900, 8900, 2, 6)), null, null), "opening");
            long white = p.skus().get(0).id();
            for (int i = 0; i < 4; i++) {
                repo(s).move(white, MovementKind.RESTOCK, 3, "到货 " + i);
                assertThat(settle(s)).as(describe(s)).isTrue();
            }
            repo(s).move(white, MovementKind.SALE, 5, "门店");
            assertThat(settle(s)).as(describe(s)).isTrue();
            s.crashRate = 0;
            s.control.orders(Map.of("skuId", s.remoteSkus("BAG-K").get(0).path("skuId").asText(), "qty", 2,
                    "paid", true, "sellerId", "seller-1"));
            s.clock.advance(Duration.ofMinutes(1));
            new Pulls(s::client, new SqliteSyncCursorRepository(s.db), s.clock).orders(account.id(),
                    new LedgerOrders(s.db, s.clock, pushes(s)));
            assertThat(settle(s)).as(describe(s)).isTrue();

            assertThat(s.crashes).isPositive();
            for (Sku sku : p.skus()) {
                assertThat(s.remoteSkus(sku.erpCode())).as(sku.erpCode()).hasSize(1);
                assertThat(remoteTotal(s, sku.erpCode())).as(sku.erpCode() + " " + describe(s))
                        .isEqualTo(repo(s).findSku(sku.id()).orElseThrow().stock());
            }
            assertThat(repo(s).findSku(white).orElseThrow().stock()).isEqualTo(11);
            assertThat(remoteTotal(s, "BAG-K")).isEqualTo(4);
        }
    }

    private static long remoteTotal(SandboxSync s, String erp) {
        List<JsonNode> skus = s.remoteSkus(erp);
        return skus.isEmpty() ? -1 : skus.get(0).path("total").asLong();
    }

    private static List<Operation> all(SandboxSync s) {
        return s.outbox.list(new OutboxQuery(null, null, null, null, 500, 0));
    }

    private static String describe(SandboxSync s) {
        return all(s).toString();
    }

    /**
     * Runs the queue, retrying what failed and resuming a paused account as the user would (the Sync screen's "retry
     * now" and "resume"); true when every operation ended.
     */
    private static boolean settle(SandboxSync s) {
        for (int round = 0; round < 8; round++) {
            s.runUntil(() -> all(s).stream().noneMatch(o -> OperationStatus.CLAIMABLE.contains(o.status())
                    || o.status() == OperationStatus.IN_FLIGHT), 3_000);
            boolean acted = false;
            for (SyncAccount a : s.accounts.all()) {
                if (a.paused()) {
                    s.engine.resumeAccount(a.id());
                    acted = true;
                }
            }
            for (Operation o : all(s)) {
                if (o.status() == OperationStatus.FAILED) {
                    acted |= s.engine.retryNow(o.id());
                }
            }
            if (!acted) {
                // What is left FAILED could not be retried: a value a newer operation of the same SKU superseded.
                return true;
            }
        }
        return false;
    }
}
