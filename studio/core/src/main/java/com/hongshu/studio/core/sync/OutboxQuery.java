package com.hongshu.studio.core.sync;

import java.util.Set;

/** A page of operations for the UI, newest change first. Null / empty means "any". */
public record OutboxQuery(Long accountId, Set<OperationStatus> statuses, String aggregateType, Long aggregateId,
                          int limit, int offset) {

    public OutboxQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static OutboxQuery all(int limit) {
        return new OutboxQuery(null, Set.of(), null, null, limit, 0);
    }

    public static OutboxQuery withStatus(Set<OperationStatus> statuses, int limit) {
        return new OutboxQuery(null, statuses, null, null, limit, 0);
    }

    public static OutboxQuery ofAggregate(String aggregateType, long aggregateId) {
        return new OutboxQuery(null, Set.of(), aggregateType, aggregateId, 1000, 0);
    }
}
