package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** order.*: times in epoch ms, money in fen. */
public final class Orders {
    public static final int BY_CREATED = 1;
    public static final int BY_UPDATED = 2;
    /** Widest window the platform accepts per time type. */
    public static final long CREATED_WINDOW_MS = 24L * 3_600_000L;
    public static final long UPDATED_WINDOW_MS = 30L * 60_000L;

    private Orders() {
    }

    public record OrderListRequest(long startTime, long endTime, int timeType, int pageNo, int pageSize) {
    }

    public record OrderLine(@JsonProperty(required = true) String skuId, String erpCode,
                            @JsonProperty(required = true) int qty, long price) {
    }

    /** {@code orderStatus} 1 unpaid (holds stock), 2 paid. */
    public record Order(@JsonProperty(required = true) String orderId, @JsonProperty(required = true) int orderStatus,
                        @JsonProperty(required = true) long createdTime, long updateTime, Long paidTime,
                        @JsonProperty(required = true) List<OrderLine> skuList, long totalPayAmount) {
    }

    public record OrderPage(@JsonProperty(required = true) int total, int maxPageNo,
                            @JsonProperty(required = true) List<Order> orderList) {
    }

    public record OrderId(String orderId) {
    }
}
