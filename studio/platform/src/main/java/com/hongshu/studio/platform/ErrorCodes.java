package com.hongshu.studio.platform;

/** The platform's error codes mapped onto categories (PLATFORM-API.md, "Error codes"). */
final class ErrorCodes {
    static final int TIMESTAMP_OUT_OF_WINDOW = 1003;
    static final int DUPLICATE_NATURAL_KEY = 3003;

    private ErrorCodes() {
    }

    static ErrorCategory categorize(int code, boolean write) {
        return switch (code) {
            case 1001, 1005, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2010, 2011 -> ErrorCategory.VALIDATION;
            case 1002, 1003, 1004, 1103, 1105 -> ErrorCategory.NEEDS_USER;
            case 1101, 1102 -> ErrorCategory.AUTH;
            case 1201, 1202, 1203 -> ErrorCategory.RATE_LIMITED;
            case 1301, 1302 -> ErrorCategory.RISK_CONTROL;
            case 1401, 1402, 3002, 3003 -> ErrorCategory.CONFLICT;
            case 2009, 5003 -> ErrorCategory.RETRYABLE;
            case 3001 -> ErrorCategory.NOT_FOUND;
            case 5000 -> write ? ErrorCategory.UNKNOWN_OUTCOME : ErrorCategory.RETRYABLE;
            default -> ErrorCategory.PLATFORM_CHANGED;
        };
    }
}
