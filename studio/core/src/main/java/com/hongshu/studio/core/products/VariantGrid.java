package com.hongshu.studio.core.products;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SKU grid of a product: every combination of its axes' values (colour x size gives one SKU per pair), keeping
 * what the seller already entered for combinations that still exist.
 */
public final class VariantGrid {

    private VariantGrid() {
    }

    /** Splits what the seller typed for one axis ({@code 红, 蓝，白} or one per line) into distinct values. */
    public static List<String> values(String typed) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : typed.split("[,，、;；\\n]")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }

    /** Every combination, first axis outermost. No axes (or an empty one) gives one SKU without variant values. */
    public static List<List<String>> combinations(List<List<String>> axes) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> axis : axes) {
            if (axis.isEmpty()) {
                continue;
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : axis) {
                    List<String> combo = new ArrayList<>(prefix);
                    combo.add(v);
                    next.add(List.copyOf(combo));
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * The grid for {@code axes}: existing SKUs are kept for their combination; new combinations get a copy of
     * {@code template}'s prices and threshold and the erpCode {@code <codePrefix>-<n>}.
     */
    public static List<Sku> generate(List<List<String>> axes, List<Sku> existing, Sku template, String codePrefix) {
        Map<List<String>, Sku> byVariant = existing.stream()
                .collect(Collectors.toMap(Sku::variant, Function.identity(), (a, b) -> a));
        List<Sku> out = new ArrayList<>();
        int n = 1;
        for (List<String> combo : combinations(axes)) {
            Sku kept = byVariant.get(combo);
            if (kept != null) {
                out.add(kept);
            } else {
                String code = codePrefix.isBlank() ? "" : codePrefix.strip() + "-" + n;
                out.add(new Sku(0, combo, code, "", template.priceFen(), template.originalPriceFen(),
                        template.lowStockThreshold(), 0));
            }
            n++;
        }
        return out;
    }
}
