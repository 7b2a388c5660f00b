package com.hongshu.studio.core.sync;

/**
 * The stable codes the engine writes to {@link Operation#lastErrorCode()}; the UI turns them into words in the
 * user's language, {@link Operation#lastErrorMessage()} carries the detail (the platform's own message when it had one).
 */
public final class SyncErrors {

    public static final String NOT_EXECUTED = "NOT_EXECUTED";
    public static final String UNKNOWN_OUTCOME = "UNKNOWN_OUTCOME";
    public static final String LEASE_EXPIRED = "LEASE_EXPIRED";
    public static final String READ_BACK_FAILED = "READ_BACK_FAILED";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String AUTH_NEEDS_USER = "AUTH_NEEDS_USER";
    public static final String RISK_CONTROL = "RISK_CONTROL";
    public static final String VALIDATION = "VALIDATION";
    public static final String CONFLICT_BUG = "CONFLICT_BUG";
    public static final String PLATFORM_CHANGED = "PLATFORM_CHANGED";
    public static final String MEDIA_PROCESSING = "MEDIA_PROCESSING";
    public static final String MEDIA_FAILED = "MEDIA_FAILED";
    public static final String MEDIA_INVALID = "MEDIA_INVALID";
    public static final String DEADLINE = "DEADLINE";
    public static final String UNRESOLVED = "UNRESOLVED";
    public static final String FALSE_SUCCESS = "FALSE_SUCCESS";
    public static final String MISSED = "MISSED";
    /** The platform refused the native schedule; the studio publishes the note itself at its time. */
    public static final String NATIVE_SCHEDULE_REFUSED = "NATIVE_SCHEDULE_REFUSED";
    /** The platform could not process a picture (material status 3): the user replaces it. */
    public static final String MATERIAL_REJECTED = "MATERIAL_REJECTED";
    /** A product create said OK but the product cannot be found by its erpCode: sent again, then unconfirmed. */
    public static final String PRODUCT_UNCONFIRMED = "PRODUCT_UNCONFIRMED";
    public static final String INTERNAL = "INTERNAL";

    private SyncErrors() {
    }
}
