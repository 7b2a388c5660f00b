package com.hongshu.studio.core.notes;

import java.time.Instant;
import java.util.List;

/**
 * The seam to the products feature: lets the composer show names for {@link Note#linkedProductIds()} and tells whether
 * the account may bind products at all. The products screen provides the implementation and the picker.
 */
public interface ProductLinks {

    record LinkedProduct(long id, String name) {
    }

    /**
     * A linked SKU that is sold out now ({@code soldOutNow}), or that at the recent rate of sales is expected to be by
     * the note's scheduled time.
     */
    record StockWarning(long productId, String product, String sku, long stockNow, boolean soldOutNow) {
    }

    boolean accountMaySell();

    /** Products whose name contains {@code text}, for the composer's picker. */
    default List<LinkedProduct> search(String text, int limit) {
        return List.of();
    }

    /** Stock problems of the linked products at {@code at} (null: a note published now). */
    default List<StockWarning> stockWarnings(List<Long> productIds, Instant at) {
        return List.of();
    }

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
