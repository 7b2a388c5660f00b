package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed platform call, classified. {@code code} is the platform's error code (0 when the failure was not a
 * business reply: a timeout, a dropped connection, an HTML page).
 */
public final class PlatformException extends RuntimeException {
    private final ErrorCategory category;
    private final int code;
    private final int httpStatus;
    private final String method;
    private final String platformMessage;
    private final Duration retryAfter;
    private final transient JsonNode data;

    public PlatformException(ErrorCategory category, int code, int httpStatus, String method, String message,
                             Duration retryAfter, JsonNode data, Throwable cause) {
        super(method + ": " + message + " [" + category + (code != 0 ? ", code " + code : "")
                + (httpStatus != 0 ? ", HTTP " + httpStatus : "") + "]", cause);
        this.category = category;
        this.code = code;
        this.httpStatus = httpStatus;
        this.method = method;
        this.platformMessage = message;
        this.retryAfter = retryAfter;
        this.data = data;
    }

    /** What the platform (or the transport) said, without the call and classification {@link #getMessage} adds. */
    public String platformMessage() {
        return platformMessage;
    }

    public ErrorCategory category() {
        return category;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String method() {
        return method;
    }

    /** How long to wait before calling again, when the platform said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The error's data (for 3003: the existing {@code itemId}/{@code skuId} to adopt). */
    public Optional<JsonNode> data() {
        return Optional.ofNullable(data);
    }
}
