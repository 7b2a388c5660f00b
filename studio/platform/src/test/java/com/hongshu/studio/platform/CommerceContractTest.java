package com.hongshu.studio.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static com.hongshu.studio.platform.Products.*;
import static org.assertj.core.api.Assertions.assertThat;

class CommerceContractTest extends SandboxTest {

    @Test
    void referenceDataAndSuggestions() {
        assertThat(client.getCategories().categories()).extracting(Common.Category::id).contains("cat-101");
        assertThat(client.getCategories().categories()).filteredOn(Common.Category::leaf).isNotEmpty();
        assertThat(client.getCarriageTemplateList().carriageTemplates()).extracting(Common.CarriageTemplate::id)
                .contains("tpl-1");
        assertThat(client.getLogisticsList().logisticsList()).extracting(Common.Logistics::code).contains("SF");
        assertThat(client.checkForbiddenKeyword("全网最低价，第一品牌").forbiddenKeywords()).contains("最", "第一");
        assertThat(client.checkForbiddenKeyword("舒适的棉T恤").forbiddenKeywords()).isEmpty();
        assertThat(client.searchTopics("穿搭").topics()).extracting(Common.Topic::name).contains("穿搭", "通勤穿搭");
        assertThat(client.searchAts("穿搭").users()).extracting(Common.AtUser::nickname).containsExactly("穿搭小王");
    }

    @Test
    void imageMaterialIsDoneAtOnceWithItsSize() {
        Material m = client.uploadMaterial("cover.png", 0, png(8, 6), null);
        assertThat(m.status()).isEqualTo(Material.DONE);
        assertThat(m.width()).isEqualTo(8);
        assertThat(m.height()).isEqualTo(6);
        assertThat(client.queryMaterial(m.materialId())).isEqualTo(m);
        assertThat(client.uploadMaterial("broken.png", 0, new byte[] {1, 2, 3}, null).status())
                .isEqualTo(Material.FAILED);
        assertCategory(failure(() -> client.queryMaterial("mat-nope")), ErrorCategory.NOT_FOUND, 3001);
    }

    @Test
    void videoMaterialIsProcessingUntilVirtualTimePasses() {
        control.config(Map.of("mediaProcessingMs", 5_000));
        Material m = client.uploadMaterial("clip.mp4", 1, new byte[] {0, 0, 0, 24}, null);
        assertThat(m.status()).isEqualTo(Material.PROCESSING);
        control.advanceClock(5_000);
        assertThat(client.queryMaterial(m.materialId()).status()).isEqualTo(Material.DONE);
    }

    @Test
    void imageMaterialCanBeProcessingUntilVirtualTimePassesAndReplaysUnderItsKey() {
        control.config(Map.of("imageProcessingMs", 3_000));
        Material m = client.uploadMaterial("cover.png", 0, png(8, 6), "k-img-1");
        assertThat(m.status()).isEqualTo(Material.PROCESSING);
        assertThat(client.queryMaterial(m.materialId()).status()).isEqualTo(Material.PROCESSING);
        assertThat(client.uploadMaterial("cover.png", 0, png(8, 6), "k-img-1").materialId())
                .isEqualTo(m.materialId());
        control.advanceClock(3_000);
        Material done = client.queryMaterial(m.materialId());
        assertThat(done.status()).isEqualTo(Material.DONE);
        assertThat(done.url()).isNotBlank();
        assertThat(control.state("material")).hasSize(1);
    }

    @Test
    void materialTooLargeIsRefused() {
        control.config(Map.of("maxUploadBytes", 10));
        PlatformException e = failure(() -> client.uploadMaterial("big.png", 0, new byte[11], null));
        assertCategory(e, ErrorCategory.VALIDATION, 2011);
        assertThat(e.httpStatus()).isEqualTo(413);
    }

    @Test
    void createReadSearchAndUpdateAProduct() {
        CreatedItem created = createItem("ERP-1");
        assertThat(created.skuList()).singleElement().extracting(CreatedSku::erpCode).isEqualTo("ERP-1");
        String skuId = created.skuList().get(0).skuId();

        ItemInfo info = client.getItemInfo(created.itemId());
        assertThat(info.item().name()).isEqualTo("纯棉白色T恤");
        assertThat(info.skuList()).singleElement().satisfies(s -> {
            assertThat(s.price()).isEqualTo(9900);
            assertThat(s.stock()).isEqualTo(50);
            assertThat(s.available()).isTrue();
        });

        for (String keyword : List.of("ERP-1", created.itemId(), info.skuList().get(0).barcode())) {
            assertThat(client.searchItemList(List.of(keyword), 1, 20).itemList())
                    .as(keyword).extracting(i -> i.item().itemId()).containsExactly(created.itemId());
        }
        assertThat(client.searchItemList(List.of("ERP-404"), 1, 20).total()).isZero();

        UpdatedItem updated = client.updateItemAndSku(new UpdateItemRequest(created.itemId(),
                new ItemUpdate("纯棉T恤 新款", null, null),
                List.of(new SkuUpdate(skuId, 8800L, null, null, "BAR-2"))), null);
        assertThat(updated.skuList()).singleElement().satisfies(s -> {
            assertThat(s.price()).isEqualTo(8800);
            assertThat(s.barcode()).isEqualTo("BAR-2");
        });
        assertThat(client.getItemInfo(created.itemId()).item().name()).isEqualTo("纯棉T恤 新款");

        assertThat(client.updateSkuAvailable(skuId, false, null).available()).isFalse();
        assertThat(client.getItemInfo(created.itemId()).skuList().get(0).available()).isFalse();
        Sku repriced = client.updateSkuPrice(skuId, 7700, 9900L, null);
        assertThat(repriced.price()).isEqualTo(7700);
        assertThat(repriced.originalPrice()).isEqualTo(9900);
    }

    @Test
    void productRulesAreEnforced() {
        CreateItemRequest ok = item("ERP-R");
        ItemSpec i = ok.item();
        SkuSpec s = ok.createSkuList().get(0);
        assertCategory(failure(() -> client.createItemAndSku(new CreateItemRequest(i,
                List.of(new SkuSpec(12900, 12900, 1, "E1", null, List.of(), null))), null)),
                ErrorCategory.VALIDATION, 2007);
        assertCategory(failure(() -> client.createItemAndSku(new CreateItemRequest(i,
                List.of(new SkuSpec(10_000_001, 20_000_000, 1, "E2", null, List.of(), null))), null)),
                ErrorCategory.VALIDATION, 2007);
        assertCategory(failure(() -> client.createItemAndSku(new CreateItemRequest(new ItemSpec(i.name(),
                i.categoryId(), i.shippingTemplateId(), i.images(), "很".repeat(501), null), List.of(s)), null)),
                ErrorCategory.VALIDATION, 2003);
        assertCategory(failure(() -> client.createItemAndSku(new CreateItemRequest(new ItemSpec("全网最好的T恤",
                i.categoryId(), i.shippingTemplateId(), i.images(), null, null), List.of(s)), null)),
                ErrorCategory.VALIDATION, 2004);
        assertCategory(failure(() -> client.createItemAndSku(new CreateItemRequest(new ItemSpec(i.name(),
                "cat-999", i.shippingTemplateId(), i.images(), null, null), List.of(s)), null)),
                ErrorCategory.VALIDATION, 2001);
        assertThat(client.createItemAndSku(new CreateItemRequest(new ItemSpec(i.name(), i.categoryId(),
                i.shippingTemplateId(), i.images(), "很".repeat(500), null), List.of(s)), null).itemId()).isNotBlank();
    }

    @Test
    void aDuplicateErpCodeNamesTheExistingSkuToAdopt() {
        CreatedItem first = createItem("ERP-DUP");
        PlatformException e = failure(() -> createItem("ERP-DUP"));
        assertCategory(e, ErrorCategory.CONFLICT, 3003);
        assertThat(e.data().orElseThrow().path("skuId").asText()).isEqualTo(first.skuList().get(0).skuId());
        assertThat(e.data().orElseThrow().path("itemId").asText()).isEqualTo(first.itemId());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertCategory(failure(() -> client.getItemInfo("item-nope")), ErrorCategory.NOT_FOUND, 3001);
        assertCategory(failure(() -> client.getSkuStock("sku-nope")), ErrorCategory.NOT_FOUND, 3001);
        assertCategory(failure(() -> client.updateSkuPrice("sku-nope", 1, 2L, null)), ErrorCategory.NOT_FOUND, 3001);
    }

    @Test
    void stockIsSetAbsolutelyOrByDelta() {
        String skuId = createItem("ERP-S").skuList().get(0).skuId();
        assertThat(client.syncSkuStock(skuId, 80, null).skuStock()).isEqualTo(new SkuStock(80, 80, 0));
        assertThat(client.syncSkuStock(skuId, 80, null).skuStock().total()).as("absolute: a repeat changes nothing")
                .isEqualTo(80);
        assertThat(client.incSkuStock(skuId, 5, null).skuStock().total()).isEqualTo(85);
        assertThat(client.incSkuStock(skuId, 5, null).skuStock().total()).as("delta: a repeat counts twice")
                .isEqualTo(90);
        assertThat(client.getSkuStock(skuId).skuStock()).isEqualTo(new SkuStock(90, 90, 0));
        assertCategory(failure(() -> client.incSkuStock(skuId, -91, null)), ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void skuListingsByPageAndByKeyset() {
        control.seed(Map.of("products", 7));
        SkuPage first = client.getDetailSkuList(new SkuListRequest(1, 3, null, null, null));
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.skuList()).hasSize(3);
        SkuPage keyset = client.getDetailSkuList(new SkuListRequest(null, 100, first.skuList().get(0).skuId(),
                null, null));
        assertThat(keyset.skuList()).extracting(Sku::skuId).isSorted();
        List<String> all = new ArrayList<>();
        Iterator<Sku> it = client.skus(3);
        it.forEachRemaining(s -> all.add(s.skuId()));
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertCategory(failure(() -> client.getDetailSkuList(new SkuListRequest(1, 101, null, null, null))),
                ErrorCategory.VALIDATION, 2001);
    }
}
