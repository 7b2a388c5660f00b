package com.hongshu.studio.core.products;

/** Orders of the products table; each has a stable tie-break on the SKU id. */
public enum SkuSort {
    NAME, ERP_CODE, PRICE, STOCK, STATUS, UPDATED;
}
