package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.util.Objects;

/** How an attempt ends: the row leaves IN_FLIGHT with these values in one conditional UPDATE. */
public record Settlement(OperationStatus status, Instant nextAttemptAt, int attempts, boolean maybeExecuted,
                         String remoteId, String stepState, Instant verifyUntil, String errorCode,
                         String errorMessage) {

    public Settlement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (status == OperationStatus.IN_FLIGHT) {
            throw new IllegalArgumentException("a settlement leaves IN_FLIGHT");
        }
    }
}
