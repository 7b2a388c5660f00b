package com.hongshu.studio.core.sync;

import java.time.Instant;

/** Builds the settlement of an attempt from the claimed operation; keeps what the outcome does not change. */
final class Settlements {

    private Settlements() {
    }

    /** Creates whose OK is verified by read-back before it counts (the platform may say ok and keep nothing). */
    static boolean verified(OperationKind kind) {
        return kind == OperationKind.NOTE_CREATE || kind == OperationKind.PRODUCT_CREATE;
    }

    /** The status of an operation that will be tried again: what it waits for decides. */
    static OperationStatus waiting(Operation op) {
        if (verified(op.kind()) && op.remoteId() != null) {
            return OperationStatus.VERIFYING;
        }
        return op.maybeExecuted() ? OperationStatus.UNKNOWN : OperationStatus.WAITING_RETRY;
    }

    static Settlement succeeded(Operation op, int attempts, String remoteId, Instant now) {
        return new Settlement(OperationStatus.SUCCEEDED, now, attempts, false,
                remoteId != null ? remoteId : op.remoteId(), op.stepState(), op.verifyUntil(), null, null);
    }

    static Settlement verifying(Operation op, int attempts, String remoteId, Instant verifyUntil, Instant next) {
        return new Settlement(OperationStatus.VERIFYING, next, attempts, false, remoteId, op.stepState(), verifyUntil,
                null, null);
    }

    static Settlement later(Operation op, OperationStatus status, int attempts, Instant next, String code,
                            String message) {
        return new Settlement(status, next, attempts, op.maybeExecuted(), op.remoteId(), op.stepState(),
                op.verifyUntil(), code, message);
    }

    static Settlement unknown(Operation op, int attempts, Instant next, String code, String message) {
        return new Settlement(OperationStatus.UNKNOWN, next, attempts, true, op.remoteId(), op.stepState(),
                op.verifyUntil(), code, message);
    }

    /** Holds a note until a moment without counting an attempt or touching its last error. */
    static Settlement hold(Operation op, Instant until) {
        return new Settlement(OperationStatus.PENDING, until, op.attempts(), op.maybeExecuted(), op.remoteId(),
                op.stepState(), op.verifyUntil(), op.lastErrorCode(), op.lastErrorMessage());
    }

    static Settlement ended(Operation op, OperationStatus status, int attempts, Instant now, String code,
                            String message) {
        return new Settlement(status, now, attempts, op.maybeExecuted(), op.remoteId(), op.stepState(),
                op.verifyUntil(), code, message);
    }
}
