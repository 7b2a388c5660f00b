package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Authorization codes and tokens with the platform's lifetimes, on the virtual clock. */
final class OAuth implements HttpHandler {
    static final long CODE_TTL = 10 * 60_000L;
    static final long ACCESS_TTL = 7L * 24 * 3_600_000L;
    static final long REFRESH_TTL = 14L * 24 * 3_600_000L;
    static final long SAME_TOKENS_ABOVE = 30 * 60_000L;
    static final long OLD_ACCESS_GRACE = 5 * 60_000L;

    private final State s;
    private final SecureRandom random = new SecureRandom();

    OAuth(State s) {
        this.s = s;
    }

    void register(Map<String, MethodDef> methods) {
        methods.put("oauth.getAccessToken", new MethodDef("oauth.getAccessToken", false, false, this::getAccessToken));
        methods.put("oauth.refreshToken", new MethodDef("oauth.refreshToken", false, false, this::refreshToken));
    }

    /** {@code GET /ark/authorization?appId&redirectUri&state[&sellerId]}: the sandbox consents at once. */
    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            String appId = q.get("appId");
            String redirect = q.get("redirectUri");
            String sellerId = q.getOrDefault("sellerId", Fixtures.SELLER_1);
            String code;
            synchronized (s) {
                if (appId == null || s.store.get("app", appId) == null || redirect == null) {
                    Http.text(ex, 400, "text/plain;charset=utf-8", "unknown appId or missing redirectUri");
                    return;
                }
                if (s.store.get("seller", sellerId) == null) {
                    Http.text(ex, 400, "text/plain;charset=utf-8", "unknown seller");
                    return;
                }
                code = issueCode(appId, sellerId);
                s.store.commit();
            }
            String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                    + (q.containsKey("state") ? "&state=" + enc(q.get("state")) : "");
            Http.send(ex, 302, "text/plain", new byte[0], Map.of("Location", location));
        } finally {
            ex.close();
        }
    }

    String issueCode(String appId, String sellerId) {
        String code = "code-" + hex(12);
        ObjectNode doc = s.object();
        doc.put("code", code);
        doc.put("appId", appId);
        doc.put("sellerId", sellerId);
        doc.put("expiresAt", s.clock.now() + CODE_TTL);
        s.store.put("code", code, sellerId, doc);
        return code;
    }

    private ObjectNode getAccessToken(Call c) {
        String code = Params.reqStr(c.params(), "code");
        ObjectNode doc = s.store.get("code", code);
        if (doc == null || !doc.path("appId").asText().equals(c.appId())) throw ApiError.invalid("unknown code");
        if (doc.path("expiresAt").asLong() < c.now() || doc.path("used").asBoolean()) {
            throw ApiError.invalid("authorization code expired or already used");
        }
        doc.put("used", true);
        s.store.put("code", code, doc.path("sellerId").asText(), doc);
        return issue(c.appId(), doc.path("sellerId").asText(), c.now());
    }

    private ObjectNode refreshToken(Call c) {
        String refresh = Params.reqStr(c.params(), "refreshToken");
        ObjectNode rt = s.store.get("refresh", refresh);
        if (rt == null || !rt.path("appId").asText().equals(c.appId())) {
            throw new ApiError(1103, "refresh token invalid or expired");
        }
        if (rt.path("revoked").asBoolean()) throw new ApiError(1105, "authorization revoked");
        if (rt.path("rotated").asBoolean() || rt.path("expiresAt").asLong() <= c.now()) {
            throw new ApiError(1103, "refresh token invalid or expired");
        }
        ObjectNode at = s.store.get("token", rt.path("accessToken").asText());
        if (at != null && at.path("expiresAt").asLong() - c.now() > SAME_TOKENS_ABOVE) {
            return reply(at, rt);
        }
        rt.put("rotated", true);
        s.store.put("refresh", refresh, rt.path("sellerId").asText(), rt);
        if (at != null) {
            at.put("expiresAt", Math.min(at.path("expiresAt").asLong(), c.now() + OLD_ACCESS_GRACE));
            s.store.put("token", at.path("token").asText(), at.path("sellerId").asText(), at);
        }
        return issue(c.appId(), rt.path("sellerId").asText(), c.now());
    }

    private ObjectNode issue(String appId, String sellerId, long now) {
        ObjectNode at = s.object();
        at.put("token", "at-" + hex(16));
        at.put("appId", appId);
        at.put("sellerId", sellerId);
        at.put("expiresAt", now + ACCESS_TTL);
        ObjectNode rt = s.object();
        rt.put("token", "rt-" + hex(16));
        rt.put("appId", appId);
        rt.put("sellerId", sellerId);
        rt.put("expiresAt", now + REFRESH_TTL);
        rt.put("accessToken", at.path("token").asText());
        s.store.put("token", at.path("token").asText(), sellerId, at);
        s.store.put("refresh", rt.path("token").asText(), sellerId, rt);
        return reply(at, rt);
    }

    private ObjectNode reply(ObjectNode at, ObjectNode rt) {
        ObjectNode seller = s.store.get("seller", at.path("sellerId").asText());
        ObjectNode d = s.object();
        d.put("accessToken", at.path("token").asText());
        d.put("accessTokenExpiresAt", at.path("expiresAt").asLong());
        d.put("refreshToken", rt.path("token").asText());
        d.put("refreshTokenExpiresAt", rt.path("expiresAt").asLong());
        d.put("sellerId", at.path("sellerId").asText());
        d.put("sellerName", seller == null ? "" : seller.path("name").asText());
        return d;
    }

    /** The seller a token belongs to, without judging it (fault rules match on the account). */
    String peekSeller(String token) {
        if (token == null) return null;
        ObjectNode at = s.store.get("token", token);
        return at == null ? null : at.path("sellerId").asText();
    }

    /** Checks an access token and answers its seller. */
    String check(String appId, String token, long now) {
        if (token == null || token.isEmpty()) throw new ApiError(1001, "missing accessToken");
        ObjectNode at = s.store.get("token", token);
        if (at == null || !at.path("appId").asText().equals(appId)) {
            throw new ApiError(1101, "access token invalid");
        }
        if (at.path("revoked").asBoolean()) throw new ApiError(1105, "authorization revoked");
        if (at.path("expiresAt").asLong() <= now) throw new ApiError(1102, "access token expired");
        return at.path("sellerId").asText();
    }

    void expire(String token, long now) {
        ObjectNode at = s.store.get("token", token);
        if (at != null) {
            at.put("expiresAt", Math.min(at.path("expiresAt").asLong(), now));
            s.store.put("token", token, at.path("sellerId").asText(), at);
        }
    }

    int revoke(String sellerId) {
        int n = 0;
        for (String kind : new String[] {"token", "refresh"}) {
            for (ObjectNode t : s.store.list(kind, sellerId)) {
                t.put("revoked", true);
                s.store.put(kind, t.path("token").asText(), sellerId, t);
                n++;
            }
        }
        return n;
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }
}
