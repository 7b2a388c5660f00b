package com.hongshu.studio.platform;

/** What a failed call means for whoever retries it. */
public enum ErrorCategory {
    /** Nothing was done; the same call may be sent again (after {@link PlatformException#retryAfter()} if any). */
    RETRYABLE,
    /** The access token was refused; refresh once and retry (the client does this itself). */
    AUTH,
    /** Only the user can fix it: authorize again, or correct the app credentials or the computer's clock. */
    NEEDS_USER,
    /** Over a limit; wait {@link PlatformException#retryAfter()} before the next call. */
    RATE_LIMITED,
    /** The request itself is wrong; sending it again will fail again. */
    VALIDATION,
    /** Wrong state, duplicate natural key or idempotency conflict; see {@link PlatformException#code()}. */
    CONFLICT,
    /** The id is unknown to the platform. */
    NOT_FOUND,
    /** A write timed out, its reply was lost or it hit a server error: it may or may not have happened. */
    UNKNOWN_OUTCOME,
    /** The reply was not what the contract says (an HTML page, missing or renamed fields): never "nothing there". */
    PLATFORM_CHANGED,
    /** Risk control: stop this account and tell the user; do not retry. */
    RISK_CONTROL
}
