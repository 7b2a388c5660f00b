package com.hongshu.studio.core.products;

/** A SKU as the products table shows it, with its product's name, category and status. */
public record SkuRow(long skuId, long productId, String productName, String category, ProductStatus status,
                     String variant, String erpCode, String barcode, long priceFen, long originalPriceFen, long stock,
                     int lowStockThreshold) {

    public boolean lowStock() {
        return stock <= lowStockThreshold;
    }

    public boolean outOfStock() {
        return stock <= 0;
    }

    public String displayName() {
        return variant.isEmpty() ? productName : productName + " · " + variant;
    }
}
