package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.store.products.OutboxProductPushes;
import com.hongshu.studio.store.products.SqliteProductRepository;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Product pictures go to the platform as material before the product: a product saved on shelf with three pictures
 * from the media library is created through the real engine, gateway, client and sandbox, in both idempotency modes,
 * under faults on the upload and on the create. Afterwards there is one remote item per local product, its images
 * are the URLs of the uploaded material in the local order, and each picture was uploaded once (a lost upload reply
 * without idempotency keys leaves one unused file, which the contract gives no way to find).
 */
class ProductImagesSandboxSyncTest {

    @TempDir
    Path dir;

    static Stream<Arguments> faults() {
        List<Arguments> out = new ArrayList<>();
        for (String fault : List.of("none", "upload_drop_after_commit", "upload_http500", "create_false_success",
                "create_drop_after_commit", "update_false_success")) {
            for (boolean idempotency : List.of(true, false)) {
                out.add(Arguments.of(fault, idempotency, false));
                out.add(Arguments.of(fault, idempotency, true));
            }
        }
        return out.stream();
    }

    private static Map<String, Object> rule(String method, String action, int nth) {
        Map<String, Object> r = new HashMap<>();
        r.put("method", method);
        r.put("nth", nth);
        r.put("times", 1);
        if (action.equals("http500")) {
            r.put("action", "http");
            r.put("status", 500);
        } else {
            r.put("action", action);
        }
        return r;
    }

    @ParameterizedTest(name = "{0}, idempotency {1}, app stopped after every step {2}")
    @MethodSource("faults")
    void eachPictureIsUploadedOnceAndTheRemoteItemShowsThemInOrder(String fault, boolean idempotency,
                                                                   boolean stopEveryStep) throws IOException {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 13)) {
            s.account("seller-1");
            if (stopEveryStep) {
                s.afterStep = id -> s.restart();
            }
            switch (fault) {
                case "upload_drop_after_commit" -> s.fault(rule("material.uploadMaterial", "drop_after_commit", 2));
                case "upload_http500" -> s.fault(rule("material.uploadMaterial", "http500", 2));
                case "create_false_success" -> s.fault(rule("product.createItemAndSku", "false_success", 1));
                case "create_drop_after_commit" ->
                        s.fault(rule("product.createItemAndSku", "drop_after_commit", 1));
                case "update_false_success" -> s.fault(rule("product.updateItemAndSku", "false_success", 1));
                default -> { }
            }
            List<Long> pictures = List.of(picture(s, "red", Color.RED), picture(s, "green", Color.GREEN),
                    picture(s, "blue", Color.BLUE));
            Product p = repo(s).save(product("TEE", pictures));

            assertThat(settle(s)).as(describe(s)).isTrue();
            Operation create = creates(s).get(0);
            assertThat(create.status()).as(describe(s)).isEqualTo(OperationStatus.SUCCEEDED);
            List<JsonNode> items = remoteItems(s, "TEE-S");
            assertThat(items).hasSize(1);
            assertThat(create.remoteId()).isEqualTo(items.get(0).path("itemId").asText());
            List<String> urls = materialUrls(s, pictures);
            assertThat(images(items.get(0))).containsExactlyElementsOf(urls);
            boolean orphan = fault.equals("upload_drop_after_commit") && !idempotency;
            assertThat(s.control.state("material")).hasSize(orphan ? 4 : 3);

            // A second product with the main picture of the first reuses its material and uploads only its own.
            long yellow = picture(s, "yellow", Color.YELLOW);
            repo(s).save(product("CAP", List.of(pictures.get(0), yellow)));
            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(images(remoteItems(s, "CAP-S").get(0)))
                    .containsExactlyElementsOf(materialUrls(s, List.of(pictures.get(0), yellow)));
            assertThat(s.control.state("material")).hasSize(orphan ? 5 : 4);

            // Changing the pictures of the product on the platform uploads the new one and updates the item.
            long white = picture(s, "white", Color.WHITE);
            Product current = repo(s).findById(p.id()).orElseThrow();
            repo(s).save(withImages(current, List.of(white, pictures.get(2))));
            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(remoteItems(s, "TEE-S")).hasSize(1);
            assertThat(images(remoteItems(s, "TEE-S").get(0)))
                    .containsExactlyElementsOf(materialUrls(s, List.of(white, pictures.get(2))));
            assertThat(s.control.state("material")).hasSize(orphan ? 6 : 5);
            assertThat(all(s)).allSatisfy(o -> assertThat(o.status()).as(o.toString())
                    .isEqualTo(OperationStatus.SUCCEEDED));
        }
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void stoppedAfterEveryStepAndBetweenUploadAndCreateNothingIsLostOrUploadedTwice(boolean idempotency)
            throws IOException {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 17)) {
            s.account("seller-1");
            List<Long> pictures = List.of(picture(s, "red", Color.RED), picture(s, "green", Color.GREEN),
                    picture(s, "blue", Color.BLUE));
            repo(s).save(product("TEE", pictures));
            s.crashAfterNextMedia = true;
            s.runUntil(() -> s.crashes == 1, 100);
            assertThat(s.crashes).isEqualTo(1);
            assertThat(s.control.state("material")).hasSize(3);
            assertThat(remoteItems(s, "TEE-S")).isEmpty();

            s.afterStep = id -> s.restart(); // the app is stopped after every step from here on
            s.crashAfterNextWrite = true; // and dies once right after the create reached the platform
            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(s.crashes).isEqualTo(2);
            assertThat(creates(s).get(0).status()).as(describe(s)).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(remoteItems(s, "TEE-S")).hasSize(1);
            assertThat(images(remoteItems(s, "TEE-S").get(0))).containsExactlyElementsOf(materialUrls(s, pictures));
            assertThat(s.control.state("material")).hasSize(3);
            assertThat(s.control.calls("material.uploadMaterial")).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void picturesStillProcessingArePolledWithBackoffThenSent(boolean idempotency) throws IOException {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 19)) {
            s.account("seller-1");
            s.control.config(Map.of("imageProcessingMs", 45_000));
            List<Long> pictures = List.of(picture(s, "red", Color.RED), picture(s, "green", Color.GREEN));
            repo(s).save(product("TEE", pictures));
            s.runUntil(() -> creates(s).get(0).lastErrorCode() != null, 50);
            assertThat(creates(s).get(0).lastErrorCode()).isEqualTo(SyncErrors.MEDIA_PROCESSING);
            assertThat(creates(s).get(0).status()).isEqualTo(OperationStatus.WAITING_RETRY);

            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(creates(s).get(0).status()).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(s.control.calls("material.uploadMaterial")).isEqualTo(2);
            assertThat(s.control.calls("material.queryMaterial")).isPositive();
            assertThat(images(remoteItems(s, "TEE-S").get(0))).containsExactlyElementsOf(materialUrls(s, pictures));
        }
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void aPictureThePlatformCannotProcessIsPutToTheUserAndReplacingItCreatesTheProduct(boolean idempotency)
            throws IOException {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 23)) {
            s.account("seller-1");
            Path broken = dir.resolve("broken.png");
            Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
            long bad = s.library.importFile(broken, "image/png", 10, 10).id();
            long red = picture(s, "red", Color.RED);
            Product p = repo(s).save(product("TEE", List.of(red, bad)));
            assertThat(settle(s)).as(describe(s)).isTrue();
            Operation failed = creates(s).get(0);
            assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
            assertThat(failed.lastErrorCode()).isEqualTo(SyncErrors.MATERIAL_REJECTED);
            assertThat(failed.lastErrorMessage()).isEqualTo("broken.png");
            assertThat(remoteItems(s, "TEE-S")).isEmpty();

            long green = picture(s, "green", Color.GREEN);
            repo(s).save(withImages(repo(s).findById(p.id()).orElseThrow(), List.of(red, green)));
            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(creates(s)).hasSize(2);
            assertThat(creates(s).get(1).status()).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(images(remoteItems(s, "TEE-S").get(0)))
                    .containsExactlyElementsOf(materialUrls(s, List.of(red, green)));
            assertThat(s.control.calls("material.uploadMaterial")).as("red once, broken once, green once")
                    .isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void aCreateThatKeepsSayingOkButNeverAppearsEndsUnconfirmedAndTheNextChangeCreatesIt(boolean idempotency)
            throws IOException {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 29)) {
            s.account("seller-1");
            s.fault(Map.of("method", "product.createItemAndSku", "action", "false_success", "times", 0));
            Product p = repo(s).save(product("TEE", List.of(picture(s, "red", Color.RED))));
            assertThat(settle(s)).as(describe(s)).isTrue();
            Operation create = creates(s).get(0);
            assertThat(create.status()).isEqualTo(OperationStatus.UNCONFIRMED);
            assertThat(create.lastErrorCode()).isEqualTo(SyncErrors.PRODUCT_UNCONFIRMED);
            assertThat(s.control.calls("product.createItemAndSku")).as("sent again after each read-back")
                    .isGreaterThan(1);
            assertThat(remoteItems(s, "TEE-S")).isEmpty();

            s.control.clearFaults();
            repo(s).save(withName(repo(s).findById(p.id()).orElseThrow(), "纯棉T恤 新款"));
            assertThat(settle(s)).as(describe(s)).isTrue();
            assertThat(creates(s)).hasSize(2);
            assertThat(creates(s).get(1).status()).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(remoteItems(s, "TEE-S")).hasSize(1);
            assertThat(s.control.state("material")).hasSize(1);
        }
    }

    // ---- helpers ----

    private static SqliteProductRepository repo(SandboxSync s) {
        return new SqliteProductRepository(s.db, s.clock, new OutboxProductPushes(s.outbox, s.codec,
                new OutboxProductPushes.Defaults("cat-101", "tpl-1", "https://img.invalid/p.jpg"),
                id -> "media:" + id, () -> { }));
    }

    private static Product product(String code, List<Long> pictures) {
        return new Product(0, "纯棉T恤 " + code, "", "舒适透气", "女装", pictures, ProductStatus.ON_SHELF,
                List.of("尺码"), List.of(new Sku(0, List.of("S"), code + "-S", "", 9900, 12900, 2, 5)), null, null);
    }

    private static Product withImages(Product p, List<Long> pictures) {
        return new Product(p.id(), p.name(), p.shortTitle(), p.description(), p.category(), pictures, p.status(),
                p.axes(), p.skus(), p.createdAt(), p.updatedAt());
    }

    private static Product withName(Product p, String name) {
        return new Product(p.id(), name, p.shortTitle(), p.description(), p.category(), p.imageMediaIds(),
                p.status(), p.axes(), p.skus(), p.createdAt(), p.updatedAt());
    }

    /** A real PNG of one colour imported into the workspace's media library. */
    private long picture(SandboxSync s, String name, Color color) throws IOException {
        BufferedImage img = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                img.setRGB(x, y, color.getRGB());
            }
        }
        Path file = dir.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        return s.library.importFile(file, "image/png", 16, 12).id();
    }

    /** The platform's URL of each local picture, found by its file name among the uploaded material. */
    private static List<String> materialUrls(SandboxSync s, List<Long> pictures) {
        List<String> out = new ArrayList<>();
        for (long id : pictures) {
            String ref = s.library.find(id).orElseThrow().originalName();
            String url = null;
            for (JsonNode m : s.control.state("material")) {
                if (m.path("name").asText().equals(ref) && m.path("status").asInt() != 3) {
                    url = m.path("url").asText();
                }
            }
            assertThat(url).as("material of " + ref).isNotNull();
            out.add(url);
        }
        return out;
    }

    private static List<JsonNode> remoteItems(SandboxSync s, String erpCode) {
        List<JsonNode> skus = s.remoteSkus(erpCode);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode sku : skus) {
            out.add(s.control.state("item", sku.path("itemId").asText()));
        }
        return out;
    }

    private static List<String> images(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.path("images").forEach(i -> out.add(i.path("link").asText()));
        return out;
    }

    private static List<Operation> all(SandboxSync s) {
        return s.outbox.list(new OutboxQuery(null, null, null, null, 500, 0));
    }

    private static List<Operation> creates(SandboxSync s) {
        return all(s).stream().filter(o -> o.kind() == OperationKind.PRODUCT_CREATE)
                .sorted(java.util.Comparator.comparingLong(Operation::id)).toList();
    }

    private static String describe(SandboxSync s) {
        return all(s).toString();
    }

    private static boolean settle(SandboxSync s) {
        return s.runUntil(() -> all(s).stream().noneMatch(o -> OperationStatus.CLAIMABLE.contains(o.status())
                || o.status() == OperationStatus.IN_FLIGHT), 3_000);
    }
}
