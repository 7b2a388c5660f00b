package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small Java client for the sandbox's control plane ({@code /__sandbox/...}), for tests and the app's
 * "local sandbox" account. Works against an in-process or a standalone sandbox.
 */
public final class SandboxControl {
    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public SandboxControl(URI baseUrl) {
        this.base = baseUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public JsonNode reset() {
        return post("reset", Map.of());
    }

    /** {@code {products?: n, notes?: n, sellerId?}}; answers {@code {appId, appSecret, sellers}}. */
    public JsonNode seed(Map<String, ?> spec) {
        return post("seed", spec);
    }

    public long now() {
        return get("clock").path("nowMs").asLong();
    }

    public long advanceClock(long ms) {
        return post("clock", Map.of("advanceMs", ms)).path("nowMs").asLong();
    }

    public long setClock(long epochMs) {
        return post("clock", Map.of("setMs", epochMs)).path("nowMs").asLong();
    }

    public void freezeClock(boolean frozen) {
        post("clock", Map.of("freeze", frozen));
    }

    /** All documents of a kind (note, item, sku, order, file, material, token, idem, ...) or "calls". */
    public JsonNode state(String kind) {
        return get("state/" + kind);
    }

    /** One document, or null when absent. */
    public JsonNode state(String kind, String id) {
        JsonNode n = request("GET", "state/" + kind + "/" + id, null, true);
        return n == null || n.isNull() ? null : n;
    }

    public long calls(String method) {
        return state("calls").path(method).asLong();
    }

    /** {@code {skuId, qty?, count?, paid?, createdAt?, sellerId?}}: orders that hold stock. */
    public JsonNode orders(Map<String, ?> spec) {
        return post("orders", spec).path("orders");
    }

    public JsonNode publishNote(String noteId) {
        return post("notes/" + noteId + "/publish", Map.of());
    }

    public JsonNode rejectNote(String noteId, String reason) {
        return post("notes/" + noteId + "/reject", Map.of("reason", reason));
    }

    /** Adds a fault rule ({@code action, method|path, account, nth, times, probability, ...}); answers its id. */
    public long addFault(Map<String, ?> rule) {
        return post("faults", rule).path("id").asLong();
    }

    public JsonNode faults() {
        return get("faults");
    }

    public void clearFaults() {
        request("DELETE", "faults", null, false);
    }

    /** Changes switches: rate limits, idempotency, throttleInEnvelope, retryAfterHttpDate, quotas, delays. */
    public JsonNode config(Map<String, ?> settings) {
        return post("config", settings);
    }

    public void revokeAuthorization(String sellerId) {
        post("tokens/revoke", Map.of("sellerId", sellerId));
    }

    /** An authorization code for a seller without the browser redirect. */
    public String authorizationCode(String sellerId) {
        return post("authorize", Map.of("sellerId", sellerId)).path("code").asText();
    }

    public JsonNode get(String path) {
        return request("GET", path, null, false);
    }

    public JsonNode post(String path, Map<String, ?> body) {
        return request("POST", path, body, false);
    }

    private JsonNode request(String verb, String path, Map<String, ?> body, boolean allow404) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
            HttpRequest req = HttpRequest.newBuilder(base.resolve("/__sandbox/" + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .method(verb, publisher).build();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() == 404 && allow404) return null;
            JsonNode reply = json.readTree(res.body());
            if (res.statusCode() != 200) {
                throw new IllegalStateException("sandbox control " + path + " failed: " + res.statusCode() + " "
                        + reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
