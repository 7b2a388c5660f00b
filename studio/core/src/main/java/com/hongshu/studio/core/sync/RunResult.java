package com.hongshu.studio.core.sync;

/**
 * What one dispatch step did.
 *
 * @param operationId  the operation handled, 0 when nothing was due
 * @param status       its status afterwards (null when idle or when the claim was lost)
 * @param claimLost    another dispatcher took the operation over (our lease had expired): our result was discarded
 */
public record RunResult(long operationId, OperationStatus status, int expiredLeases, boolean claimLost) {

    static RunResult idle(int expiredLeases) {
        return new RunResult(0, null, expiredLeases, false);
    }

    public boolean idle() {
        return operationId == 0;
    }
}
