package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the outbox: a change to push to the platform.
 *
 * @param payload        opaque text (JSON) the gateway understands; the engine never parses it
 * @param idempotencyKey generated once at enqueue, sent on every attempt
 * @param stepState      engine-owned progress of multi-step kinds (uploaded media: {@link MediaStep#encode()})
 * @param claimSeq       incremented by every claim; a transition out of IN_FLIGHT must present it (fencing token),
 *                       so a dispatcher whose lease expired cannot overwrite the work of the one that took over
 * @param maybeExecuted  an attempt ended without knowing whether the platform did it; the next claim reads back first
 * @param dueAt          notes: when the user wants it published (null = as soon as possible)
 * @param deadlineAt     after this the operation fails and says so (null = engine default)
 * @param verifyUntil    notes: end of the window in which an OK'd create must become visible
 */
public record Operation(
        long id,
        long accountId,
        OperationKind kind,
        String aggregateType,
        long aggregateId,
        String payload,
        String idempotencyKey,
        String stepState,
        OperationStatus status,
        int attempts,
        long claimSeq,
        boolean maybeExecuted,
        Instant nextAttemptAt,
        Instant leaseUntil,
        Instant dueAt,
        Instant deadlineAt,
        Instant verifyUntil,
        String remoteId,
        String lastErrorCode,
        String lastErrorMessage,
        Instant createdAt,
        Instant updatedAt) {

    public Operation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** The natural key of the local object, e.g. {@code note:42}; the gateway derives clientRef / erpCode from it. */
    public String aggregateKey() {
        return aggregateType + ":" + aggregateId;
    }

    public Operation withMaybeExecuted(boolean value) {
        return new Operation(id, accountId, kind, aggregateType, aggregateId, payload, idempotencyKey, stepState,
                status, attempts, claimSeq, value, nextAttemptAt, leaseUntil, dueAt, deadlineAt, verifyUntil, remoteId,
                lastErrorCode, lastErrorMessage, createdAt, updatedAt);
    }

    public Operation withStepState(String value) {
        return new Operation(id, accountId, kind, aggregateType, aggregateId, payload, idempotencyKey, value,
                status, attempts, claimSeq, maybeExecuted, nextAttemptAt, leaseUntil, dueAt, deadlineAt, verifyUntil,
                remoteId, lastErrorCode, lastErrorMessage, createdAt, updatedAt);
    }
}
