package com.hongshu.studio.core.products;

/** A product in a picker: its name, status, how many SKUs and how many of them are sold out. */
public record ProductSummary(long id, String name, ProductStatus status, int skuCount, int outOfStockCount,
                             long totalStock) {
}
