package com.hongshu.studio.core.products;

import java.time.Instant;
import java.util.List;

/**
 * A listing (SPU) with its SKUs. {@code axes} name the variant dimensions (e.g. 颜色, 尺码), in the order of each SKU's
 * variant values. {@code imageMediaIds} are media library ids, the first is the main image. {@code id == 0} until
 * saved.
 */
public record Product(long id, String name, String shortTitle, String description, String category,
                      List<Long> imageMediaIds, ProductStatus status, List<String> axes, List<Sku> skus,
                      Instant createdAt, Instant updatedAt) {

    public Product {
        name = name == null ? "" : name.strip();
        shortTitle = shortTitle == null ? "" : shortTitle.strip();
        description = description == null ? "" : description;
        category = category == null ? "" : category.strip();
        imageMediaIds = List.copyOf(imageMediaIds);
        axes = List.copyOf(axes);
        skus = List.copyOf(skus);
        status = status == null ? ProductStatus.DRAFT : status;
    }

    public static Product draft(Instant now) {
        return new Product(0, "", "", "", "", List.of(), ProductStatus.DRAFT, List.of(), List.of(), now, now);
    }

    public Product withId(long newId) {
        return new Product(newId, name, shortTitle, description, category, imageMediaIds, status, axes, skus,
                createdAt, updatedAt);
    }

    public Product withSkus(List<Sku> newSkus) {
        return new Product(id, name, shortTitle, description, category, imageMediaIds, status, axes, newSkus,
                createdAt, updatedAt);
    }

    public Product withStatus(ProductStatus newStatus) {
        return new Product(id, name, shortTitle, description, category, imageMediaIds, newStatus, axes, skus,
                createdAt, updatedAt);
    }

    public Product withTimes(Instant created, Instant updated) {
        return new Product(id, name, shortTitle, description, category, imageMediaIds, status, axes, skus, created,
                updated);
    }
}
