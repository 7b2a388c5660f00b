package com.hongshu.studio.core.products;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a product and its SKUs against {@link ProductRules}; pure and cheap enough for every keystroke. */
public final class ProductValidator {

    private final ProductRules rules;

    public ProductValidator(ProductRules rules) {
        this.rules = rules;
    }

    public List<ProductViolation> check(Product p) {
        List<ProductViolation> out = new ArrayList<>();
        if (p.name().isBlank()) {
            out.add(ProductViolation.of(ProductViolation.NAME_EMPTY, -1));
        }
        int shortLen = p.shortTitle().codePointCount(0, p.shortTitle().length());
        if (shortLen == 0) {
            if (p.status() == ProductStatus.ON_SHELF) {
                out.add(ProductViolation.of(ProductViolation.SHORT_TITLE_REQUIRED, -1, rules.shortTitleMin(),
                        rules.shortTitleMax()));
            }
        } else if (shortLen < rules.shortTitleMin() || shortLen > rules.shortTitleMax()) {
            out.add(ProductViolation.of(ProductViolation.SHORT_TITLE_LENGTH, -1, shortLen, rules.shortTitleMin(),
                    rules.shortTitleMax()));
        }
        int descLen = p.description().codePointCount(0, p.description().length());
        if (descLen > rules.descriptionMaxChars()) {
            out.add(ProductViolation.of(ProductViolation.DESCRIPTION_TOO_LONG, -1, descLen,
                    rules.descriptionMaxChars()));
        }
        if (p.skus().isEmpty()) {
            out.add(ProductViolation.of(ProductViolation.NO_SKUS, -1));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < p.skus().size(); i++) {
            Sku s = p.skus().get(i);
            if (s.erpCode().isEmpty()) {
                out.add(ProductViolation.of(ProductViolation.ERP_CODE_EMPTY, i));
            } else if (!codes.add(s.erpCode())) {
                out.add(ProductViolation.of(ProductViolation.ERP_CODE_DUPLICATE, i, s.erpCode()));
            }
            out.addAll(checkPrice(s.priceFen(), s.originalPriceFen(), i));
            if (s.lowStockThreshold() < 0) {
                out.add(ProductViolation.of(ProductViolation.THRESHOLD_NEGATIVE, i));
            }
        }
        return List.copyOf(out);
    }

    /** The price rules alone, for an inline price edit: positive, below the original price, at most the maximum. */
    public List<ProductViolation> checkPrice(long priceFen, long originalPriceFen, int skuIndex) {
        List<ProductViolation> out = new ArrayList<>();
        if (priceFen <= 0) {
            out.add(ProductViolation.of(ProductViolation.PRICE_NOT_POSITIVE, skuIndex));
        } else if (priceFen > rules.maxPriceFen()) {
            out.add(ProductViolation.of(ProductViolation.PRICE_TOO_HIGH, skuIndex, Money.format(priceFen),
                    Money.format(rules.maxPriceFen())));
        } else if (priceFen >= originalPriceFen) {
            out.add(ProductViolation.of(ProductViolation.PRICE_NOT_BELOW_ORIGINAL, skuIndex, Money.format(priceFen),
                    Money.format(originalPriceFen)));
        }
        return out;
    }
}
