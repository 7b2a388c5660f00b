package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

import static com.hongshu.studio.sandbox.FaultRule.Action;

/**
 * {@code POST /ark/open_api/v3/common_controller} and {@code PUT /upload/{fileId}}: envelope, signature, token,
 * limits, idempotency and fault injection around the method handlers.
 */
final class Gateway implements HttpHandler {
    static final String PATH = "/ark/open_api/v3/common_controller";
    static final String UPLOAD_PATH = "/upload/";
    static final Set<String> SYSTEM_FIELDS = Set.of("method", "appId", "timestamp", "version", "sign", "accessToken");
    static final long TIMESTAMP_WINDOW_MS = 300_000L;
    static final Set<Integer> TRANSIENT_CODES = Set.of(1201, 1202, 1203, 2009, 5000, 5003);

    record Outcome(int httpStatus, ObjectNode body, Long retryAfterSeconds) {
    }

    private final State s;
    private final Faults faults;
    private final Map<String, MethodDef> methods;
    private final OAuth oauth;
    private final Notes notes;
    private final RateLimiter limiter;
    private final Idempotency idempotency;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    Gateway(State s, Faults faults, Map<String, MethodDef> methods, OAuth oauth, Notes notes, RateLimiter limiter) {
        this.s = s;
        this.faults = faults;
        this.methods = Map.copyOf(methods);
        this.oauth = oauth;
        this.notes = notes;
        this.limiter = limiter;
        this.idempotency = new Idempotency(s);
    }

    Map<String, LongAdder> calls() {
        return calls;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (ex.getRequestURI().getPath().startsWith(UPLOAD_PATH)) {
                upload(ex);
            } else {
                call(ex);
            }
        } finally {
            // Closing before any header was sent drops the connection: that is how replies get "lost".
            ex.close();
        }
    }

    private void call(HttpExchange ex) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (!ex.getRequestMethod().equals("POST")) {
            send(ex, error(new ApiError(1001, "use POST", 405, null, null)), false);
            return;
        }
        ObjectNode req;
        try {
            JsonNode n = s.json.readTree(raw);
            if (!(n instanceof ObjectNode o)) throw new IOException("not an object");
            req = o;
        } catch (IOException e) {
            send(ex, error(ApiError.invalid("body is not a JSON object")), false);
            return;
        }
        String method = text(req, "method");
        String token = text(req, "accessToken");
        if (method != null) calls.computeIfAbsent(method, m -> new LongAdder()).increment();
        String account;
        synchronized (s) {
            account = oauth.peekSeller(token);
        }
        Map<Action, FaultRule> f = faults.firing(method, PATH, account);
        if (early(ex, f)) return;
        long skew = f.containsKey(Action.CLOCK_SKEW)
                ? f.get(Action.CLOCK_SKEW).params.path("skewMs").asLong(600_000) : 0;
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        ObjectNode params = business(req);
        MethodDef def;
        String appId;
        String seller;
        Idempotency.Claim claim = null;
        Outcome refused = null;
        boolean replayed = false;
        synchronized (s) {
            try {
                long now = s.clock.now();
                if (f.containsKey(Action.EXPIRE_TOKEN) && token != null) {
                    oauth.expire(token, now);
                    s.store.commit();
                }
                appId = checkSystemFields(req, skew);
                def = methods.get(method);
                if (def == null) throw new ApiError(1005, "unknown method " + method);
                seller = def.needsToken() ? oauth.check(appId, token, now) : null;
                limiter.check(appId, method, now, s.settings);
                if (def.write() && key != null && !key.isBlank() && s.settings.idempotency) {
                    Object r = idempotency.claim(appId, seller, key, method, params, now);
                    if (r instanceof Idempotency.Replay rep) {
                        refused = new Outcome(rep.httpStatus(), rep.body(), rep.retryAfterSeconds());
                        replayed = true;
                    } else {
                        claim = (Idempotency.Claim) r;
                    }
                }
                s.store.commit();
            } catch (ApiError e) {
                s.store.rollback();
                refused = error(e);
                def = null;
                appId = null;
                seller = null;
            }
        }
        if (refused != null) {
            send(ex, refused, replayed);
            return;
        }
        pause(f);
        Outcome out = execute(def, appId, seller, params, f, claim);
        if (f.containsKey(Action.DROP_AFTER_COMMIT)) return;
        if (f.containsKey(Action.SCHEMA_DRIFT) && out.body().path("success").asBoolean()) {
            out.body().set("data", drift(out.body().get("data")));
        }
        send(ex, out, false);
    }

    private Outcome execute(MethodDef def, String appId, String seller, ObjectNode params,
                            Map<Action, FaultRule> faults, Idempotency.Claim claim) {
        synchronized (s) {
            Call c = new Call(appId, seller, def.name(), params, s.clock.now(), faults);
            Outcome out;
            try {
                out = ok(def.handler().apply(c));
                if (c.has(Action.FALSE_SUCCESS) && def.write()) {
                    // Says ok, but nothing is kept.
                    s.store.rollback();
                }
                if (claim != null) idempotency.complete(claim, out.httpStatus(), out.body(), null);
                s.store.commit();
            } catch (ApiError e) {
                s.store.rollback();
                out = error(e);
                if (claim != null) {
                    // A limit or a file still processing says "not now", not "this request's outcome": free the key.
                    if (TRANSIENT_CODES.contains(e.code)) {
                        idempotency.release(claim);
                    } else {
                        idempotency.complete(claim, out.httpStatus(), out.body(), e.retryAfterSeconds);
                    }
                }
                s.store.commit();
            } catch (RuntimeException e) {
                s.store.rollback();
                out = error(new ApiError(5000, "internal error: " + e, 500, null, null));
                if (claim != null) idempotency.release(claim);
                s.store.commit();
            }
            return out;
        }
    }

    /** The actions that answer before the method runs. Answers true when the exchange is done. */
    private boolean early(HttpExchange ex, Map<Action, FaultRule> f) throws IOException {
        if (f.containsKey(Action.HTTP)) {
            ObjectNode p = f.get(Action.HTTP).params;
            int status = p.path("status").asInt(500);
            Map<String, String> headers = new HashMap<>();
            if (p.has("retryAfter")) headers.put("Retry-After", p.get("retryAfter").asText());
            if (p.path("envelope").asBoolean(false)) {
                ObjectNode body = envelope(false, status == 503 ? 5003 : 5000, "injected HTTP " + status, null);
                headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
                Http.send(ex, status, "application/json;charset=utf-8", bytes(body), Map.of());
            } else {
                Http.send(ex, status, "text/plain;charset=utf-8",
                        ("injected HTTP " + status).getBytes(StandardCharsets.UTF_8), headers);
            }
            return true;
        }
        if (f.containsKey(Action.HTML_200)) {
            Http.text(ex, 200, "text/html;charset=utf-8", "<!DOCTYPE html><html><head><title>小红书</title></head>"
                    + "<body><div class=\"login\">请登录后继续</div></body></html>");
            return true;
        }
        if (f.containsKey(Action.DROP_BEFORE_COMMIT)) return true;
        if (f.containsKey(Action.RISK_CONTROL)) {
            int code = f.get(Action.RISK_CONTROL).params.path("code").asInt(1301);
            send(ex, error(new ApiError(code, code == 1302 ? "publishing banned" : "verification required",
                    461, null, null)), false);
            return true;
        }
        if (f.containsKey(Action.THROTTLE)) {
            ObjectNode p = f.get(Action.THROTTLE).params;
            ApiError e = new ApiError(p.path("code").asInt(1201), "throttled", 429,
                    p.path("retryAfter").asLong(1), null);
            boolean inEnvelope = p.path("envelope").asBoolean(s.settings.throttleInEnvelope);
            Outcome o = error(e);
            if (inEnvelope) o = new Outcome(200, o.body(), o.retryAfterSeconds());
            Map<String, String> headers = Map.of("Retry-After",
                    Http.retryAfter(e.retryAfterSeconds, p.path("httpDate").asBoolean(s.settings.retryAfterHttpDate)));
            Http.send(ex, o.httpStatus(), "application/json;charset=utf-8", bytes(o.body()), headers);
            return true;
        }
        return false;
    }

    private void pause(Map<Action, FaultRule> f) {
        if (!f.containsKey(Action.LATENCY)) return;
        try {
            Thread.sleep(f.get(Action.LATENCY).params.path("ms").asLong(1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String checkSystemFields(ObjectNode req, long skewMs) {
        for (String field : new String[] {"method", "appId", "timestamp", "version", "sign"}) {
            if (text(req, field) == null || text(req, field).isEmpty()) {
                throw new ApiError(1001, "missing system field " + field);
            }
        }
        String appId = text(req, "appId");
        ObjectNode app = s.store.get("app", appId);
        if (app == null) throw new ApiError(1004, "unknown appId");
        String timestamp = text(req, "timestamp");
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new ApiError(1001, "timestamp must be unix seconds");
        }
        String expected = sign(text(req, "method"), appId, timestamp, text(req, "version"),
                app.path("appSecret").asText());
        if (!expected.equals(text(req, "sign"))) throw new ApiError(1002, "bad sign");
        // The gateway judges timestamps by its wall clock, the one its Date header shows.
        if (Math.abs(seconds * 1000 - (System.currentTimeMillis() + skewMs)) > TIMESTAMP_WINDOW_MS) {
            throw new ApiError(1003, "timestamp outside the allowed window");
        }
        return appId;
    }

    static String sign(String method, String appId, String timestamp, String version, String secret) {
        String plain = method + "?appId=" + appId + "&timestamp=" + timestamp + "&version=" + version + secret;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void upload(HttpExchange ex) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        String path = ex.getRequestURI().getPath();
        String fileId = path.substring(UPLOAD_PATH.length());
        calls.computeIfAbsent("upload", m -> new LongAdder()).increment();
        if (!ex.getRequestMethod().equals("PUT")) {
            send(ex, error(new ApiError(1001, "use PUT", 405, null, null)), false);
            return;
        }
        String account;
        synchronized (s) {
            ObjectNode file = s.store.get("file", fileId);
            account = file == null ? null : file.path("sellerId").asText();
        }
        Map<Action, FaultRule> f = faults.firing(null, path, account);
        if (early(ex, f)) return;
        pause(f);
        Outcome out;
        synchronized (s) {
            try {
                out = ok(notes.upload(fileId, ex.getRequestHeaders().getFirst("X-Upload-Token"), raw,
                        s.clock.now()));
                s.store.commit();
            } catch (ApiError e) {
                s.store.rollback();
                out = error(e);
            }
        }
        if (f.containsKey(Action.DROP_AFTER_COMMIT)) return;
        send(ex, out, false);
    }

    private ObjectNode business(ObjectNode req) {
        ObjectNode p = req.deepCopy();
        p.remove(SYSTEM_FIELDS);
        return p;
    }

    private Outcome ok(ObjectNode data) {
        return new Outcome(200, envelope(true, 0, "", data), null);
    }

    private Outcome error(ApiError e) {
        int status = e.httpStatus;
        if (status == 429 && s.settings.throttleInEnvelope) status = 200;
        return new Outcome(status, envelope(false, e.code, e.getMessage(), e.data), e.retryAfterSeconds);
    }

    private ObjectNode envelope(boolean success, int code, String message, JsonNode data) {
        ObjectNode b = s.object();
        b.put("success", success);
        b.put("error_code", code);
        b.put("error_msg", message);
        b.set("data", data);
        b.put("request_id", Long.toHexString(ThreadLocalRandom.current().nextLong()));
        return b;
    }

    private void send(HttpExchange ex, Outcome out, boolean replayed) throws IOException {
        Map<String, String> headers = new HashMap<>();
        if (out.retryAfterSeconds() != null) {
            headers.put("Retry-After", Http.retryAfter(out.retryAfterSeconds(), s.settings.retryAfterHttpDate));
        }
        if (replayed) headers.put("Idempotent-Replayed", "true");
        Http.send(ex, out.httpStatus(), "application/json;charset=utf-8", bytes(out.body()), headers);
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return s.json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renames every field the way a silent API revision would (camelCase to snake_case, or a suffix). */
    private JsonNode drift(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            var a = s.array();
            node.forEach(x -> a.add(drift(x)));
            return a;
        }
        if (!node.isObject()) return node;
        ObjectNode out = s.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String snake = e.getKey().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
            out.set(snake.equals(e.getKey()) ? snake + "_v2" : snake, drift(e.getValue()));
        }
        return out;
    }

    private static String text(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
