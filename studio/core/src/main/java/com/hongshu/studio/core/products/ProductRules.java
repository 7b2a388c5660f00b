package com.hongshu.studio.core.products;

/** The platform's product limits (PLATFORM-RULES.md, "Products"); one versioned place to update them. */
public record ProductRules(int version, long maxPriceFen, int descriptionMaxChars, int shortTitleMin,
                           int shortTitleMax) {

    public static final ProductRules CURRENT = new ProductRules(1, 10_000_000L, 500, 6, 12);
}
