package com.hongshu.studio.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * One signed gateway call: builds the flat body, sends it, reads the envelope and turns every failure into a
 * {@link PlatformException} of the right category. Knows nothing of tokens beyond passing one along.
 */
final class Transport {
    static final String GATEWAY_PATH = "/ark/open_api/v3/common_controller";
    static final String VERSION = "2.0";
    private static final System.Logger LOG = System.getLogger(Transport.class.getName());

    private final PlatformConfig config;
    private final HttpClient http;
    private final ObjectMapper json;
    private final ClockSync clock;
    private final URI gateway;

    Transport(PlatformConfig config, HttpClient http, ObjectMapper json, ClockSync clock) {
        this.config = config;
        this.gateway = resolve(GATEWAY_PATH);
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    JsonNode call(String method, ObjectNode business, String accessToken, String idempotencyKey, boolean write) {
        try {
            return callOnce(method, business, accessToken, idempotencyKey, write);
        } catch (PlatformException e) {
            // A refused timestamp is checked before anything runs; with the offset learnt from its Date, try again.
            if (e.code() != ErrorCodes.TIMESTAMP_OUT_OF_WINDOW) throw e;
            LOG.log(System.Logger.Level.INFO, "{0}: timestamp refused, retrying with clock offset {1} ms",
                    method, clock.offsetMillis());
            return callOnce(method, business, accessToken, idempotencyKey, write);
        }
    }

    private JsonNode callOnce(String method, ObjectNode business, String accessToken, String idempotencyKey,
                              boolean write) {
        long timestamp = Math.floorDiv(clock.serverMillis(), 1000);
        ObjectNode body = json.createObjectNode();
        body.put("method", method);
        body.put("appId", config.appId());
        body.put("timestamp", timestamp);
        body.put("version", VERSION);
        body.put("sign", Signer.sign(method, config.appId(), timestamp, VERSION, config.appSecret()));
        if (accessToken != null) body.put("accessToken", accessToken);
        for (Iterator<Map.Entry<String, JsonNode>> it = business.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            body.set(e.getKey(), e.getValue());
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(gateway)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (idempotencyKey != null) req.header("Idempotency-Key", idempotencyKey);
        return exchange(method, req.build(), write);
    }

    /** {@code PUT {base}/upload/{fileId}}: idempotent, so a lost reply is safe to retry. */
    JsonNode upload(String fileId, String uploadToken, byte[] content) {
        HttpRequest req = HttpRequest.newBuilder(resolve("/upload/" + fileId))
                .timeout(config.requestTimeout())
                .header("X-Upload-Token", uploadToken)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return exchange("upload", req, false);
    }

    private JsonNode exchange(String method, HttpRequest req, boolean write) {
        try {
            return exchangeOnce(method, req, write);
        } catch (PlatformException e) {
            // A pooled keep-alive connection the server had just closed fails before any reply; a read is safe to
            // send once more, a write is not (its outcome stays unknown).
            if (write || e.code() != 0 || e.httpStatus() != 0 || !(e.getCause() instanceof IOException)
                    || e.getCause() instanceof HttpTimeoutException) {
                throw e;
            }
            return exchangeOnce(method, req, false);
        }
    }

    private JsonNode exchangeOnce(String method, HttpRequest req, boolean write) {
        long sentAt = clock.localMillis();
        HttpResponse<byte[]> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw fail(ErrorCategory.RETRYABLE, 0, 0, method, "cannot connect", null, null, e);
        } catch (HttpTimeoutException e) {
            throw fail(write ? ErrorCategory.UNKNOWN_OUTCOME : ErrorCategory.RETRYABLE, 0, 0, method,
                    "timed out", null, null, e);
        } catch (IOException e) {
            throw fail(write ? ErrorCategory.UNKNOWN_OUTCOME : ErrorCategory.RETRYABLE, 0, 0, method,
                    "connection lost before the reply", null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(write ? ErrorCategory.UNKNOWN_OUTCOME : ErrorCategory.RETRYABLE, 0, 0, method,
                    "interrupted", null, null, e);
        }
        String date = res.headers().firstValue("Date").orElse(null);
        clock.observe(date, sentAt, clock.localMillis());
        return Envelope.read(method, write, res.statusCode(), res.headers().firstValue("Content-Type").orElse(""),
                res.body(), ClockSync.retryAfter(res.headers().firstValue("Retry-After").orElse(null), date,
                        clock.localMillis()).orElse(null), json);
    }

    private URI resolve(String path) {
        String base = config.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PlatformException fail(ErrorCategory c, int code, int status, String method, String message,
                                  Duration retryAfter, JsonNode data, Throwable cause) {
        return new PlatformException(c, code, status, method, message, retryAfter, data, cause);
    }
}
