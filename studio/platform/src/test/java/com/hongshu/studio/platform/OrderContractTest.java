package com.hongshu.studio.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.hongshu.studio.platform.Orders.*;
import static org.assertj.core.api.Assertions.assertThat;

class OrderContractTest extends SandboxTest {
    static final long HOUR = 3_600_000L;

    @Test
    void unpaidOrdersHoldStockAndPaidOnesTakeIt() {
        String skuId = createItem("ERP-O").skuList().get(0).skuId();
        control.orders(Map.of("skuId", skuId, "qty", 2, "count", 3));
        control.orders(Map.of("skuId", skuId, "qty", 5, "paid", true));
        Products.SkuStock stock = client.getSkuStock(skuId).skuStock();
        assertThat(stock.total()).isEqualTo(45);
        assertThat(stock.occupiedQuantity()).isEqualTo(6);
        assertThat(stock.available()).isEqualTo(39);
        // The absolute total includes what unpaid orders hold; it may not go below it.
        assertCategory(failure(() -> client.syncSkuStock(skuId, 5, null)), ErrorCategory.VALIDATION, 2001);
        assertThat(client.syncSkuStock(skuId, 30, null).skuStock().available()).isEqualTo(24);
    }

    @Test
    void listAndDetailWithinTheWindows() {
        String skuId = createItem("ERP-L").skuList().get(0).skuId();
        long now = control.now();
        control.orders(Map.of("skuId", skuId, "count", 3));
        OrderPage page = client.getOrderList(new OrderListRequest(now - HOUR, now + HOUR, BY_CREATED, 1, 2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.maxPageNo()).isEqualTo(2);
        assertThat(page.orderList()).hasSize(2);
        Order first = page.orderList().get(0);
        assertThat(client.getOrderDetail(first.orderId())).isEqualTo(first);
        assertThat(first.skuList()).singleElement().satisfies(l -> assertThat(l.skuId()).isEqualTo(skuId));
        assertThat(first.orderStatus()).isEqualTo(1);

        assertCategory(failure(() -> client.getOrderList(new OrderListRequest(now - 25 * HOUR, now, BY_CREATED,
                1, 50))), ErrorCategory.VALIDATION, 2001);
        assertCategory(failure(() -> client.getOrderList(new OrderListRequest(now - HOUR, now, BY_UPDATED,
                1, 50))), ErrorCategory.VALIDATION, 2001);
        assertCategory(failure(() -> client.getOrderList(new OrderListRequest(now - HOUR, now, BY_CREATED,
                1, 101))), ErrorCategory.VALIDATION, 2001);
        assertCategory(failure(() -> client.getOrderDetail("P-nope")), ErrorCategory.NOT_FOUND, 3001);
    }

    @Test
    void theOrderIteratorSplitsLongRangesIntoAcceptedWindows() {
        String skuId = createItem("ERP-W").skuList().get(0).skuId();
        long now = control.now();
        for (int day = 0; day < 3; day++) {
            control.orders(Map.of("skuId", skuId, "count", 4, "createdAt", now - day * 24 * HOUR - HOUR));
        }
        List<String> ids = new ArrayList<>();
        client.orders(now - 3 * 24 * HOUR, now, BY_CREATED, 3).forEachRemaining(o -> ids.add(o.orderId()));
        assertThat(ids).hasSize(12).doesNotHaveDuplicates();
        long byUpdate = control.state("order").size();
        assertThat(byUpdate).isEqualTo(12);
    }
}
