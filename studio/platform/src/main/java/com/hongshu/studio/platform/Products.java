package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** product.*, inventory.* and material.*: money in fen, times in epoch ms. */
public final class Products {
    private Products() {
    }

    public record ImageLink(String link) {
    }

    public record Variant(String id, String name, String value) {
    }

    public record ItemSpec(String name, String categoryId, String shippingTemplateId, List<ImageLink> images,
                           String description, String articleNo) {
    }

    /** One SKU to create; {@code erpCode} is the seller's own code, unique per seller (the natural key). */
    public record SkuSpec(long price, long originalPrice, long stock, String erpCode, String barcode,
                          List<Variant> variants, String deliveryTime) {
    }

    public record CreateItemRequest(ItemSpec item, List<SkuSpec> createSkuList) {
    }

    public record CreatedSku(@JsonProperty(required = true) String skuId, String erpCode) {
    }

    public record CreatedItem(@JsonProperty(required = true) String itemId,
                              @JsonProperty(required = true) List<CreatedSku> skuList) {
    }

    /** Fields left null are not changed. */
    public record ItemUpdate(String name, String description, List<ImageLink> images) {
    }

    /** Fields left null are not changed. */
    public record SkuUpdate(String skuId, Long price, Long originalPrice, String erpCode, String barcode) {
    }

    public record UpdateItemRequest(String itemId, ItemUpdate item, List<SkuUpdate> updateSkuList) {
    }

    public record Sku(@JsonProperty(required = true) String skuId, @JsonProperty(required = true) String itemId,
                      @JsonProperty(required = true) long price, long originalPrice, long stock, boolean available,
                      String erpCode, String barcode, List<Variant> variants, String deliveryTime, long updateTime) {
    }

    public record Item(@JsonProperty(required = true) String itemId, @JsonProperty(required = true) String name,
                       String categoryId, String shippingTemplateId, List<ImageLink> images, String description,
                       String articleNo, long createTime, long updateTime) {
    }

    public record ItemInfo(@JsonProperty(required = true) Item item,
                           @JsonProperty(required = true) List<Sku> skuList) {
    }

    public record UpdatedItem(@JsonProperty(required = true) String itemId,
                              @JsonProperty(required = true) List<Sku> skuList) {
    }

    public record ItemId(String itemId) {
    }

    public record SearchParam(List<String> keywords) {
    }

    public record SearchItemRequest(SearchParam searchParam, Integer pageNo, Integer pageSize) {
    }

    public record ItemSearch(@JsonProperty(required = true) int total,
                             @JsonProperty(required = true) List<ItemInfo> itemList) {
    }

    /** Page-numbered ({@code pageNo}) or keyset ({@code lastId}) listing of the seller's SKUs. */
    public record SkuListRequest(Integer pageNo, Integer pageSize, String lastId, Long updateTimeFrom,
                                 Long updateTimeTo) {
    }

    public record SkuPage(@JsonProperty(required = true) int total,
                          @JsonProperty(required = true) List<Sku> skuList) {
    }

    public record SkuAvailabilityRequest(String skuId, boolean available) {
    }

    public record SkuAvailability(@JsonProperty(required = true) String skuId,
                                  @JsonProperty(required = true) boolean available) {
    }

    public record SkuPriceRequest(String skuId, long price, Long originalPrice) {
    }

    public record SkuId(String skuId) {
    }

    /** {@code qty} is the absolute total for syncSkuStock, a delta for incSkuStock. */
    public record StockRequest(String skuId, long qty) {
    }

    public record SkuStock(@JsonProperty(required = true) long available, @JsonProperty(required = true) long total,
                           @JsonProperty(required = true) long occupiedQuantity) {
    }

    public record StockReply(@JsonProperty(required = true) String skuId,
                             @JsonProperty(required = true) SkuStock skuStock) {
    }

    /** {@code type} 0 image, 1 video; {@code materialContent} base64. */
    public record UploadMaterialRequest(String name, int type, String materialContent) {
    }

    public record MaterialId(String materialId) {
    }

    /** {@code status} 1 done, 2 processing, 3 failed. */
    public record Material(@JsonProperty(required = true) String materialId, String name, int type, String url,
                           int width, int height, @JsonProperty(required = true) int status) {
        public static final int DONE = 1;
        public static final int PROCESSING = 2;
        public static final int FAILED = 3;
    }
}
