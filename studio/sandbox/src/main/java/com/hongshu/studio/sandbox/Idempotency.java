package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency-Key handling: the first outcome is kept 24 h and replayed; the same key with other parameters is
 * 1401, the same key still running 1402. Callers hold the gateway lock.
 */
final class Idempotency {
    static final long TTL_MS = 24L * 3_600_000L;

    record Claim(String scope) {
    }

    record Replay(int httpStatus, ObjectNode body, Long retryAfterSeconds) {
    }

    private final State s;

    Idempotency(State s) {
        this.s = s;
    }

    /** Either a {@link Claim} to complete later or a {@link Replay} of the stored outcome. */
    Object claim(String appId, String seller, String key, String method, ObjectNode params, long now) {
        String scope = appId + "|" + seller + "|" + key;
        String fingerprint = fingerprint(method, params);
        ObjectNode doc = s.store.get("idem", scope);
        if (doc != null && doc.path("expiresAt").asLong() <= now) {
            doc = null;
        }
        if (doc == null) {
            ObjectNode running = s.object();
            running.put("scope", scope);
            running.put("key", key);
            running.put("method", method);
            running.put("fingerprint", fingerprint);
            running.put("state", "running");
            running.put("expiresAt", now + TTL_MS);
            s.store.put("idem", scope, seller, running);
            return new Claim(scope);
        }
        if (!doc.path("fingerprint").asText().equals(fingerprint)) {
            throw new ApiError(1401, "Idempotency-Key reused with other parameters", 422, null, null);
        }
        if (doc.path("state").asText().equals("running")) {
            throw new ApiError(1402, "a request with this Idempotency-Key is still in flight", 409, 1L, null);
        }
        return new Replay(doc.path("httpStatus").asInt(), (ObjectNode) doc.get("body"),
                doc.hasNonNull("retryAfter") ? doc.get("retryAfter").asLong() : null);
    }

    void complete(Claim claim, int httpStatus, ObjectNode body, Long retryAfter) {
        ObjectNode doc = s.store.get("idem", claim.scope());
        if (doc == null) return;
        doc.put("state", "done");
        doc.put("httpStatus", httpStatus);
        doc.set("body", body);
        if (retryAfter != null) doc.put("retryAfter", retryAfter);
        s.store.put("idem", claim.scope(), null, doc);
    }

    void release(Claim claim) {
        s.store.delete("idem", claim.scope());
    }

    private String fingerprint(String method, ObjectNode params) {
        try {
            Object plain = s.json.treeToValue(params, Object.class);
            String canonical = method + "\n" + s.json.writer()
                    .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(plain);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
