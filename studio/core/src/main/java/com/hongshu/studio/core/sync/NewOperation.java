package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * What a feature asks the outbox to push. Enqueue it in the same transaction as the domain change it pushes.
 *
 * @param dueAt      notes: the wanted publication moment (null = now)
 * @param deadlineAt null = the engine's default (a note with a due time is then governed by its grace window)
 * @param republish  create kinds: allow a new create although one already succeeded for this aggregate
 *                   (an explicit "publish again"); without it the succeeded operation is returned
 */
public record NewOperation(long accountId, OperationKind kind, String aggregateType, long aggregateId, String payload,
                           Instant dueAt, Instant deadlineAt, boolean republish) {

    public NewOperation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(payload, "payload");
    }

    public static NewOperation of(long accountId, OperationKind kind, String aggregateType, long aggregateId,
                                  String payload) {
        return new NewOperation(accountId, kind, aggregateType, aggregateId, payload, null, null, false);
    }

    public NewOperation dueAt(Instant due) {
        return new NewOperation(accountId, kind, aggregateType, aggregateId, payload, due, deadlineAt, republish);
    }

    public NewOperation deadlineAt(Instant deadline) {
        return new NewOperation(accountId, kind, aggregateType, aggregateId, payload, dueAt, deadline, republish);
    }

    public NewOperation asRepublish() {
        return new NewOperation(accountId, kind, aggregateType, aggregateId, payload, dueAt, deadlineAt, true);
    }
}
