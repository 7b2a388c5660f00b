package com.hongshu.studio.core.products;

import java.util.List;

/**
 * A rule a product breaks. {@code key} is the message key ({@code products.rule.<key>}); {@code skuIndex} is the SKU's
 * position in the product, or -1 for the product itself; {@code args} fill the message.
 */
public record ProductViolation(String key, int skuIndex, List<Object> args) {

    public static final String NAME_EMPTY = "nameEmpty";
    public static final String SHORT_TITLE_LENGTH = "shortTitleLength";
    public static final String SHORT_TITLE_REQUIRED = "shortTitleRequired";
    public static final String DESCRIPTION_TOO_LONG = "descriptionTooLong";
    public static final String NO_SKUS = "noSkus";
    public static final String ERP_CODE_EMPTY = "erpCodeEmpty";
    public static final String ERP_CODE_DUPLICATE = "erpCodeDuplicate";
    public static final String PRICE_NOT_POSITIVE = "priceNotPositive";
    public static final String PRICE_NOT_BELOW_ORIGINAL = "priceNotBelowOriginal";
    public static final String PRICE_TOO_HIGH = "priceTooHigh";
    public static final String THRESHOLD_NEGATIVE = "thresholdNegative";

    public ProductViolation {
        args = List.copyOf(args);
    }

    static ProductViolation of(String key, int skuIndex, Object... args) {
        return new ProductViolation(key, skuIndex, List.of(args));
    }

    public String messageKey() {
        return "products.rule." + key;
    }
}
