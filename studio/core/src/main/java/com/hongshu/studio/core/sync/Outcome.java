package com.hongshu.studio.core.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one call to the platform came to, in the categories of the platform error taxonomy (PLATFORM-API.md). The
 * gateway classifies transport faults and error codes; the engine decides what follows. {@code code} is the platform
 * code or a transport tag (e.g. "1402", "timeout"); {@code message} is plain words for the user or the log.
 */
public sealed interface Outcome {

    /** Done; {@code remoteId} is the platform's id (noteId, itemId, materialId, skuId...). */
    record Ok(String remoteId) implements Outcome {
    }

    /** 3003: the natural key already exists on the platform: adopt that object. */
    record AlreadyExists(String remoteId) implements Outcome {
        public AlreadyExists {
            Objects.requireNonNull(remoteId, "remoteId");
        }
    }

    /**
     * Provably not executed: connection refused, 1402 (same key still in flight), 5003 busy, 2009 media still
     * processing. Sent again with the same key. {@code retryAfter} may be null.
     */
    record RetryableNotExecuted(String code, String message, Duration retryAfter) implements Outcome {
    }

    /** Timeout, dropped reply, 5000/5xx on a write: maybe done. Resolved by read-back before anything is re-sent. */
    record UnknownOutcome(String code, String message) implements Outcome {
    }

    /**
     * 429 / 1201-1203 / a throttle inside a 200 envelope. Not executed. {@code retryAfter} (may be null) and
     * {@code resetAt} (a daily cap's reset moment, may be null) are floors for the next attempt of the whole scope.
     */
    record RateLimited(String code, Scope scope, Duration retryAfter, Instant resetAt) implements Outcome {
        public enum Scope { APP, METHOD, ACCOUNT, ACCOUNT_METHOD }

        public RateLimited {
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** 1103/1105: the refresh token expired or the authorization was revoked. Pauses the account. */
    record AuthNeedsUser(String code, String message) implements Outcome {
    }

    /** 461/1301/1302: risk control. Pauses the account at once; nothing is retried. */
    record RiskControl(String code, String message) implements Outcome {
    }

    /** 1001/1005/2001-2007, local validation: permanent, the message says what to fix. */
    record Validation(String code, String message) implements Outcome {
    }

    /** 1401: the idempotency key was reused with other parameters — a bug. Fails loudly; never a new key. */
    record ConflictBug(String code, String message) implements Outcome {
    }

    /** An HTML page or renamed fields in a 200 reply. Never read as "nothing there"; a write may have been done. */
    record PlatformChanged(String code, String message) implements Outcome {
    }

    /** 2008/2010: the uploaded media or their permit are missing or expired: upload again, then create. */
    record MediaInvalid(String code, String message) implements Outcome {
    }

    /**
     * 2006 on a note sent with {@code postTime}: the platform refused the schedule (its clock differs from ours, or
     * the window changed). Nothing was done; the engine publishes the note itself at its due time instead.
     */
    record PostTimeRefused(String code, String message) implements Outcome {
    }
}
