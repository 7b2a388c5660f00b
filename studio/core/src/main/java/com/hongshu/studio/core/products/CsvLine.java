package com.hongshu.studio.core.products;

import java.util.List;

/**
 * One SKU as a line of the products CSV, with its product's fields repeated (the file is flat, one row per SKU).
 * {@code line} is where it was read (0 when exported).
 */
public record CsvLine(int line, String product, String shortTitle, String category, ProductStatus status,
                      List<String> axes, List<String> variant, String erpCode, String barcode, long priceFen,
                      long originalPriceFen, long stock, int lowStockThreshold, String description) {

    public CsvLine {
        axes = List.copyOf(axes);
        variant = List.copyOf(variant);
    }
}
