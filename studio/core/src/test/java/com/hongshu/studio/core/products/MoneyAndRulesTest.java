package com.hongshu.studio.core.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAndRulesTest {

    private final ProductValidator validator = new ProductValidator(ProductRules.CURRENT);

    @Test
    void pricesAreReadAsTheSellerTypesThemAndShownWithTwoDecimals() {
        assertThat(Money.parse("¥12.50")).contains(1250L);
        assertThat(Money.parse("12.5")).contains(1250L);
        assertThat(Money.parse("12")).contains(1200L);
        assertThat(Money.parse(" ￥0.07 ")).contains(7L);
        assertThat(Money.parse("1,299.00")).contains(129900L);
        assertThat(Money.parse("12.505")).isEmpty();
        assertThat(Money.parse("abc")).isEmpty();
        assertThat(Money.parse("-3")).isEmpty();
        assertThat(Money.parse("")).isEmpty();
        assertThat(Money.format(1250)).isEqualTo("¥12.50");
        assertThat(Money.format(7)).isEqualTo("¥0.07");
        assertThat(Money.format(10_000_000)).isEqualTo("¥100000.00");
    }

    private Product product(String shortTitle, String description, Sku... skus) {
        return new Product(0, "羊毛围巾", shortTitle, description, "配饰", List.of(), ProductStatus.DRAFT, List.of(),
                List.of(skus), null, null);
    }

    private Sku sku(String code, long price, long original) {
        return new Sku(0, List.of(), code, "", price, original, 5, 0);
    }

    private List<String> keys(Product p) {
        return validator.check(p).stream().map(ProductViolation::key).toList();
    }

    @Test
    void theProductRulesOfThePlatformAreChecked() {
        assertThat(keys(product("冬季羊毛围巾", "", sku("A1", 9900, 12900)))).isEmpty();
        assertThat(keys(product("围巾", "", sku("A1", 9900, 12900))))
                .containsExactly(ProductViolation.SHORT_TITLE_LENGTH);
        assertThat(keys(product("冬季加厚保暖羊毛围巾男女同款", "", sku("A1", 9900, 12900))))
                .containsExactly(ProductViolation.SHORT_TITLE_LENGTH);
        assertThat(keys(product("", "字".repeat(501), sku("A1", 9900, 12900))))
                .containsExactly(ProductViolation.DESCRIPTION_TOO_LONG);
        assertThat(keys(product("", "字".repeat(500), sku("A1", 12900, 12900))))
                .containsExactly(ProductViolation.PRICE_NOT_BELOW_ORIGINAL);
        assertThat(keys(product("", "", sku("A1", 10_000_001, 20_000_000))))
                .containsExactly(ProductViolation.PRICE_TOO_HIGH);
        assertThat(keys(product("", "", sku("A1", 10_000_000, 20_000_000)))).isEmpty();
        assertThat(keys(product("", "", sku("A1", 100, 200), sku("A1", 100, 200))))
                .containsExactly(ProductViolation.ERP_CODE_DUPLICATE);
        assertThat(keys(product("", "").withStatus(ProductStatus.ON_SHELF)))
                .containsExactly(ProductViolation.SHORT_TITLE_REQUIRED, ProductViolation.NO_SKUS);
    }

    @Test
    void aColourBySizeGridHasOneSkuPerPairAndKeepsWhatWasEntered() {
        List<List<String>> axes = List.of(VariantGrid.values("红色，蓝色"), VariantGrid.values("S, M, L"));
        List<Sku> grid = VariantGrid.generate(axes, List.of(), sku("", 9900, 12900), "SC");
        assertThat(grid).extracting(Sku::variantLabel)
                .containsExactly("红色 / S", "红色 / M", "红色 / L", "蓝色 / S", "蓝色 / M", "蓝色 / L");
        assertThat(grid).extracting(Sku::erpCode).containsExactly("SC-1", "SC-2", "SC-3", "SC-4", "SC-5", "SC-6");
        Sku edited = grid.get(4).withPrice(5000);
        List<Sku> again = VariantGrid.generate(List.of(List.of("蓝色", "白色"), List.of("M")), List.of(edited),
                sku("", 9900, 12900), "SC");
        assertThat(again).extracting(Sku::variantLabel).containsExactly("蓝色 / M", "白色 / M");
        assertThat(again.get(0).priceFen()).isEqualTo(5000);
    }
}
