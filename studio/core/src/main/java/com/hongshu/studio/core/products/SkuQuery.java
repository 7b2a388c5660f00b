package com.hongshu.studio.core.products;

/**
 * A filtered, sorted page of SKUs. {@code text} matches product name, variant, erpCode or barcode (substring, any
 * case); a null {@code status} means any; {@code lowStockOnly} keeps SKUs at or below their threshold.
 */
public record SkuQuery(String text, ProductStatus status, boolean lowStockOnly, SkuSort sort, boolean descending,
                       int offset, int limit) {

    public SkuQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? SkuSort.NAME : sort;
    }

    public static SkuQuery all(int limit) {
        return new SkuQuery("", null, false, SkuSort.NAME, false, 0, limit);
    }

    public SkuQuery page(int newOffset, int newLimit) {
        return new SkuQuery(text, status, lowStockOnly, sort, descending, newOffset, newLimit);
    }
}
