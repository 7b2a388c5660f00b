package com.hongshu.studio.core.sync;

import java.util.EnumSet;
import java.util.Set;

/** Where an operation is in its life. Stored by name. */
public enum OperationStatus {
    PENDING,
    IN_FLIGHT,
    SUCCEEDED,
    WAITING_RETRY,
    /** A write whose outcome is not known (timeout, dropped reply, 5xx, killed app): resolved by read-back. */
    UNKNOWN,
    /** The platform said OK to a note create; the engine is reading it back before calling it a success. */
    VERIFYING,
    FAILED,
    /** The account is paused (re-authorize, verification) or the operation waits for a decision of the user. */
    NEEDS_USER,
    /** The platform said OK to a create (note or product) but it never appeared within the verification window. */
    UNCONFIRMED,
    /** Notes: the app was not running at the scheduled time and the grace window has passed. */
    MISSED,
    /** Withdrawn by the user before anything was sent (or after the platform refused it). */
    CANCELLED;

    /** Statuses a dispatcher may claim once {@code next_attempt_at} has come. */
    public static final Set<OperationStatus> CLAIMABLE = EnumSet.of(PENDING, WAITING_RETRY, UNKNOWN, VERIFYING);

    /**
     * Statuses that still lead somewhere without the user deciding; a later operation on the same aggregate waits for
     * them, so changes reach the platform in the order they were made.
     */
    public static final Set<OperationStatus> LIVE =
            EnumSet.of(PENDING, IN_FLIGHT, WAITING_RETRY, UNKNOWN, VERIFYING, NEEDS_USER);

    /** Statuses the user may send again with {@code retryNow}. */
    public static final Set<OperationStatus> RETRYABLE_BY_USER =
            EnumSet.of(WAITING_RETRY, UNKNOWN, NEEDS_USER, FAILED, MISSED);

    /** Statuses the user may cancel, provided nothing may have reached the platform. */
    public static final Set<OperationStatus> CANCELLABLE = EnumSet.of(PENDING, WAITING_RETRY, NEEDS_USER, FAILED, MISSED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
