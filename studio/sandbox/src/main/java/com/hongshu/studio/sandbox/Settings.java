package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The switches a running sandbox can change through {@code /__sandbox/config}. */
final class Settings {
    volatile int appRatePerSecond;
    volatile int methodRatePerSecond;
    volatile long noteMinIntervalMs;
    volatile int noteDailyCap;
    volatile boolean idempotency;
    volatile boolean throttleInEnvelope;
    volatile boolean retryAfterHttpDate;
    volatile long reviewDelayMs;
    volatile long mediaProcessingMs;
    /** Virtual time an image material stays "processing" (0: done at once, as before). */
    volatile long imageProcessingMs;
    volatile long maxUploadBytes;

    Settings(SandboxConfig c) {
        appRatePerSecond = c.appRatePerSecond();
        methodRatePerSecond = c.methodRatePerSecond();
        noteMinIntervalMs = c.noteMinIntervalMs();
        noteDailyCap = c.noteDailyCap();
        idempotency = c.idempotency();
        throttleInEnvelope = c.throttleInEnvelope();
        reviewDelayMs = c.reviewDelayMs();
        mediaProcessingMs = c.mediaProcessingMs();
        maxUploadBytes = c.maxUploadBytes();
    }

    synchronized void apply(ObjectNode n) {
        if (n.has("appRatePerSecond")) appRatePerSecond = n.get("appRatePerSecond").asInt();
        if (n.has("methodRatePerSecond")) methodRatePerSecond = n.get("methodRatePerSecond").asInt();
        if (n.has("noteMinIntervalMs")) noteMinIntervalMs = n.get("noteMinIntervalMs").asLong();
        if (n.has("noteDailyCap")) noteDailyCap = n.get("noteDailyCap").asInt();
        if (n.has("idempotency")) idempotency = n.get("idempotency").asBoolean();
        if (n.has("throttleInEnvelope")) throttleInEnvelope = n.get("throttleInEnvelope").asBoolean();
        if (n.has("retryAfterHttpDate")) retryAfterHttpDate = n.get("retryAfterHttpDate").asBoolean();
        if (n.has("reviewDelayMs")) reviewDelayMs = n.get("reviewDelayMs").asLong();
        if (n.has("mediaProcessingMs")) mediaProcessingMs = n.get("mediaProcessingMs").asLong();
        if (n.has("imageProcessingMs")) imageProcessingMs = n.get("imageProcessingMs").asLong();
        if (n.has("maxUploadBytes")) maxUploadBytes = n.get("maxUploadBytes").asLong();
    }

    synchronized ObjectNode toJson(ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.put("appRatePerSecond", appRatePerSecond);
        n.put("methodRatePerSecond", methodRatePerSecond);
        n.put("noteMinIntervalMs", noteMinIntervalMs);
        n.put("noteDailyCap", noteDailyCap);
        n.put("idempotency", idempotency);
        n.put("throttleInEnvelope", throttleInEnvelope);
        n.put("retryAfterHttpDate", retryAfterHttpDate);
        n.put("reviewDelayMs", reviewDelayMs);
        n.put("mediaProcessingMs", mediaProcessingMs);
        n.put("imageProcessingMs", imageProcessingMs);
        n.put("maxUploadBytes", maxUploadBytes);
        return n;
    }
}
