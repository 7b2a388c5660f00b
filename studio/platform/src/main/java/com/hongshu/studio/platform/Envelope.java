package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Duration;

/**
 * Reading a gateway reply: {@code {success, error_code, error_msg, data}} or the alternate {@code {code, msg, data}}.
 * Anything else (an HTML page, a JSON without either shape) means the platform changed, never "no data".
 */
final class Envelope {
    private static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofSeconds(1);

    private Envelope() {
    }

    static JsonNode read(String method, boolean write, int status, String contentType, byte[] body,
                         Duration retryAfter, ObjectMapper json) {
        JsonNode root = parse(body, json);
        boolean enveloped = root != null && root.isObject()
                && (root.has("success") || root.has("error_code") || root.has("code"));
        if (!enveloped) {
            throw withoutEnvelope(method, write, status, contentType, retryAfter);
        }
        boolean success;
        int code;
        String message;
        if (root.has("success") || root.has("error_code")) {
            code = root.path("error_code").asInt(0);
            success = root.has("success") ? root.path("success").asBoolean(false) : code == 0;
            message = root.path("error_msg").asText("");
        } else {
            code = root.path("code").asInt(-1);
            success = code == 0;
            message = root.path("msg").asText("");
        }
        JsonNode data = root.get("data");
        if (success && status == 200) {
            return data == null ? json.nullNode() : data;
        }
        if (success) {
            throw Transport.fail(ErrorCategory.PLATFORM_CHANGED, 0, status, method,
                    "success envelope with HTTP " + status, null, null, null);
        }
        if (status == 461 && code == 0) code = 1301;
        ErrorCategory category = status == 461 ? ErrorCategory.RISK_CONTROL : ErrorCodes.categorize(code, write);
        if (status == 429 && category != ErrorCategory.RISK_CONTROL) category = ErrorCategory.RATE_LIMITED;
        if (category == ErrorCategory.RATE_LIMITED && retryAfter == null) retryAfter = DEFAULT_THROTTLE_WAIT;
        if (status >= 500 && category == ErrorCategory.PLATFORM_CHANGED) {
            category = write ? ErrorCategory.UNKNOWN_OUTCOME : ErrorCategory.RETRYABLE;
        }
        throw Transport.fail(category, code, status, method, message, retryAfter,
                data == null || data.isNull() ? null : data, null);
    }

    private static PlatformException withoutEnvelope(String method, boolean write, int status, String contentType,
                                                     Duration retryAfter) {
        if (status == 429) {
            return Transport.fail(ErrorCategory.RATE_LIMITED, 0, status, method, "throttled",
                    retryAfter == null ? DEFAULT_THROTTLE_WAIT : retryAfter, null, null);
        }
        if (status == 461) {
            return Transport.fail(ErrorCategory.RISK_CONTROL, 1301, status, method, "risk control", null, null, null);
        }
        if (status >= 500 || status == 408) {
            return Transport.fail(write ? ErrorCategory.UNKNOWN_OUTCOME : ErrorCategory.RETRYABLE, 0, status,
                    method, "server error without a reply", retryAfter, null, null);
        }
        if (status == 413) {
            return Transport.fail(ErrorCategory.VALIDATION, 2011, status, method, "too large", null, null, null);
        }
        return Transport.fail(ErrorCategory.PLATFORM_CHANGED, 0, status, method,
                "reply is not a platform envelope (" + (contentType.isEmpty() ? "no content type" : contentType)
                        + ")", null, null, null);
    }

    private static JsonNode parse(byte[] body, ObjectMapper json) {
        if (body == null || body.length == 0) return null;
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
