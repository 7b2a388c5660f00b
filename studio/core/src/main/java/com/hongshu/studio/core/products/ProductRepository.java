package com.hongshu.studio.core.products;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Products, SKUs and the stock ledger. Stock changes only by appending movements; a SKU's stock is the sum of its
 * ledger. Saving a product never changes stock: new SKUs start at 0 and get an opening movement if wanted.
 */
public interface ProductRepository {

    /** Saves the product and its SKUs in one transaction; SKUs missing from {@code product} are removed. */
    Product save(Product product);

    /**
     * Saves the product and, in the same transaction, brings each SKU's stock to its {@link Sku#stock()} through the
     * ledger: an opening RESTOCK for a new SKU, a CORRECTION of the difference for one that changed.
     */
    Product saveWithStock(Product product, String note);

    Optional<Product> findById(long id);

    /** Appends a movement to a SKU's ledger and returns it with the resulting balance. */
    StockMovement move(long skuId, MovementKind kind, long quantity, String note);

    /** Sets the counted stock: appends a CORRECTION of the difference, or nothing when it is unchanged. */
    Optional<StockMovement> correctTo(long skuId, long counted, String note);

    List<StockMovement> history(long skuId, int limit);

    /**
     * Stock of the SKU held on the platform by unpaid orders: part of its stock (as on the platform, whose total
     * includes it) but not for sale until the order is paid (then a SALE) or closed (then released).
     */
    default long held(long skuId) {
        return 0;
    }

    /**
     * Products whose platform create said OK but which the platform never showed (its erpCode finds nothing): the
     * next change of the product creates it again.
     */
    default java.util.Set<Long> unconfirmedOnPlatform() {
        return java.util.Set.of();
    }

    List<SkuRow> search(SkuQuery query);

    /** A page of {@code query} with the number of all matches, in one pass where the filter allows. */
    SkuPage page(SkuQuery query);

    long count(SkuQuery query);

    Optional<SkuRow> findSku(long skuId);

    /** SKUs at or below their low-stock threshold, fewest first. */
    List<SkuRow> lowStock(int limit);

    long lowStockCount();

    /** Sets prices (SKU id -> fen) in one transaction. */
    void setPrices(Map<Long, Long> pricesBySku);

    /** Sets product statuses (product id -> status) in one transaction. */
    void setStatuses(Map<Long, ProductStatus> statusByProduct);

    void delete(Collection<Long> productIds);

    boolean anyProduct();

    /** Products whose name matches {@code text}, for pickers. */
    List<ProductSummary> findProducts(String text, int limit);

    List<ProductSummary> describe(List<Long> productIds);

    /** SALE quantity of a product's SKUs over the last {@code days} days, per SKU id (positive numbers). */
    Map<Long, Long> recentSales(long productId, int days);
}
