package com.hongshu.studio.core.notes;

import java.util.List;

/**
 * The seam to the products feature: lets the composer show names for {@link Note#linkedProductIds()} and tells whether
 * the account may bind products at all. The products screen provides the implementation and the picker.
 */
public interface ProductLinks {

    record LinkedProduct(long id, String name) {
    }

    boolean accountMaySell();

    List<LinkedProduct> describe(List<Long> productIds);

    ProductLinks NONE = new ProductLinks() {
        @Override
        public boolean accountMaySell() {
            return false;
        }

        @Override
        public List<LinkedProduct> describe(List<Long> productIds) {
            return productIds.stream().map(id -> new LinkedProduct(id, "#" + id)).toList();
        }
    };
}
