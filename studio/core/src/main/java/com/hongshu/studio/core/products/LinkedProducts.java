package com.hongshu.studio.core.products;

import com.hongshu.studio.core.notes.ProductLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The notes composer's view of the products: names for linked ids, a picker search, and stock warnings. Selling is
 * allowed once the workspace has any product (the platform's permission check arrives with sync). A scheduled note
 * warns when, at the average daily sales of the last {@link #SALES_WINDOW_DAYS} days, a SKU runs out before its time.
 */
public final class LinkedProducts implements ProductLinks {

    public static final int SALES_WINDOW_DAYS = 14;

    private final ProductRepository repo;
    private final Clock clock;

    public LinkedProducts(ProductRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    @Override
    public boolean accountMaySell() {
        return repo.anyProduct();
    }

    @Override
    public List<LinkedProduct> describe(List<Long> productIds) {
        Map<Long, String> names = new java.util.HashMap<>();
        repo.describe(productIds).forEach(p -> names.put(p.id(), p.name()));
        return productIds.stream().map(id -> new LinkedProduct(id, names.getOrDefault(id, "#" + id))).toList();
    }

    @Override
    public List<LinkedProduct> search(String text, int limit) {
        return repo.findProducts(text, limit).stream().map(p -> new LinkedProduct(p.id(), p.name())).toList();
    }

    @Override
    public List<StockWarning> stockWarnings(List<Long> productIds, Instant at) {
        Instant now = clock.instant();
        double daysAhead = at == null || !at.isAfter(now) ? 0 : Duration.between(now, at).toMinutes() / 1440.0;
        List<StockWarning> out = new ArrayList<>();
        for (long id : productIds) {
            Product p = repo.findById(id).orElse(null);
            if (p == null) {
                continue;
            }
            Map<Long, Long> sold = daysAhead > 0 ? repo.recentSales(id, SALES_WINDOW_DAYS) : Map.of();
            for (Sku s : p.skus()) {
                String label = s.variantLabel().isEmpty() ? s.erpCode() : s.variantLabel();
                if (s.stock() <= 0) {
                    out.add(new StockWarning(id, p.name(), label, s.stock(), true));
                } else if (expectedAt(s.stock(), sold.getOrDefault(s.id(), 0L), daysAhead) <= 0) {
                    out.add(new StockWarning(id, p.name(), label, s.stock(), false));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Stock expected {@code daysAhead} days from now at the recent daily rate of sales. */
    static double expectedAt(long stockNow, long soldInWindow, double daysAhead) {
        return stockNow - (double) soldInWindow / SALES_WINDOW_DAYS * daysAhead;
    }
}
