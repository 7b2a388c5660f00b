package com.hongshu.studio.core.products;

import java.util.List;

/**
 * One sellable variant of a product. {@code variant} holds one value per axis of the product (e.g. 红色, M). Money in
 * fen. {@code stock} is read from the ledger and ignored when saving: stock only changes through movements.
 * {@code id == 0} until saved.
 */
public record Sku(long id, List<String> variant, String erpCode, String barcode, long priceFen, long originalPriceFen,
                  int lowStockThreshold, long stock) {

    public Sku {
        variant = List.copyOf(variant);
        erpCode = erpCode == null ? "" : erpCode.strip();
        barcode = barcode == null ? "" : barcode.strip();
    }

    /** The variant values joined for display, e.g. {@code 红色 / M}; empty for a product without axes. */
    public String variantLabel() {
        return String.join(" / ", variant);
    }

    public boolean lowStock() {
        return stock <= lowStockThreshold;
    }

    public Sku withId(long newId) {
        return new Sku(newId, variant, erpCode, barcode, priceFen, originalPriceFen, lowStockThreshold, stock);
    }

    public Sku withPrice(long newPriceFen) {
        return new Sku(id, variant, erpCode, barcode, newPriceFen, originalPriceFen, lowStockThreshold, stock);
    }

    public Sku withStock(long newStock) {
        return new Sku(id, variant, erpCode, barcode, priceFen, originalPriceFen, lowStockThreshold, newStock);
    }
}
