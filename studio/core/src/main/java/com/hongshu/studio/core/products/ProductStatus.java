package com.hongshu.studio.core.products;

/** Where a listing stands: being prepared, for sale, or withdrawn from sale. */
public enum ProductStatus { DRAFT, ON_SHELF, OFF_SHELF }
