package com.hongshu.studio.core.products;

import java.time.Instant;

/** One row of the stock ledger: a signed change of one SKU's stock, and the stock after it. */
public record StockMovement(long id, long skuId, MovementKind kind, long quantity, long balanceAfter, String note,
                            Instant at) {

    public StockMovement {
        note = note == null ? "" : note;
    }
}
