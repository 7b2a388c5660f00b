package com.hongshu.studio.core.products;

/** What importing a CSV does (in the preview) or did: re-importing an exported file gives only unchanged SKUs. */
public record ImportSummary(int rows, int newProducts, int changedProducts, int newSkus, int changedSkus,
                            int unchangedSkus, int stockMovements) {

    public boolean changesNothing() {
        return newProducts == 0 && changedProducts == 0 && newSkus == 0 && changedSkus == 0 && stockMovements == 0;
    }
}
