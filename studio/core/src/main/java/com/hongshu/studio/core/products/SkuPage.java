package com.hongshu.studio.core.products;

import java.util.List;

/** One page of the products table and how many SKUs match the filter in all. */
public record SkuPage(List<SkuRow> rows, long total) {

    public SkuPage {
        rows = List.copyOf(rows);
    }
}
