/**
 * Products (SPU) and their SKUs, the stock ledger, the platform's product rules and the products CSV.
 *
 * <h2>Stock</h2>
 * A SKU's stock is the sum of its ledger ({@link com.hongshu.studio.core.products.StockMovement}): every change is a
 * row (restock, sale, return, correction, sync adjustment) with its time, signed quantity, note and the balance after
 * it. The stored total moves only together with a new row, in the same transaction; a database trigger refuses any
 * other change, and the ledger itself cannot be edited.
 *
 * <h2>For the sync feature</h2>
 * Every write of {@code store.products.SqliteProductRepository} also takes a {@code java.sql.Connection}, so that an
 * outbox operation is queued in the same transaction as the change it pushes:
 * {@code db.inTransaction(c -> { repo.move(c, skuId, MovementKind.SALE, 1, note); return outbox.enqueue(c, ...); })}
 * (likewise {@code save(c, product)}, {@code correctTo(c, ...)}, {@code setPrices(c, ...)},
 * {@code setStatuses(c, ...)}). Stock counted on the platform comes back as a
 * {@link com.hongshu.studio.core.products.MovementKind#SYNC_ADJUSTMENT} through
 * {@code adjustTo(c, skuId, counted, MovementKind.SYNC_ADJUSTMENT, note)}.
 *
 * <h2>CSV</h2>
 * {@link com.hongshu.studio.core.products.ProductCsv}: one row per SKU, columns {@code product, short_title, category,
 * status, axes, variant, erp_code, barcode, price, original_price, stock, low_stock, description} (the Chinese names
 * 商品名称, 短标题, 类目, 状态, 规格维度, 规格, 商家编码, 条码, 售价, 原价, 库存, 预警库存, 商品描述 are read too).
 * Required: product, erp_code, price, original_price. Export is UTF-8 with a BOM; import reads UTF-8 or GB18030.
 */
package com.hongshu.studio.core.products;
