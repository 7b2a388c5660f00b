package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A business error answered in the envelope (and, for some codes, with a non-200 HTTP status). */
final class ApiError extends RuntimeException {
    final int code;
    final int httpStatus;
    final Long retryAfterSeconds;
    final ObjectNode data;

    ApiError(int code, String message) {
        this(code, message, 200, null, null);
    }

    ApiError(int code, String message, int httpStatus, Long retryAfterSeconds, ObjectNode data) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.retryAfterSeconds = retryAfterSeconds;
        this.data = data;
    }

    static ApiError invalid(String message) {
        return new ApiError(2001, message);
    }

    static ApiError notFound(String what) {
        return new ApiError(3001, "unknown id: " + what);
    }

    static ApiError wrongState(String message) {
        return new ApiError(3002, message);
    }
}
