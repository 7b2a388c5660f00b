package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code /__sandbox/...}: reset, seed, clock, state, orders, note review, faults, config, token revocation and a
 * consent shortcut. Plain JSON, no envelope, no signature (the server only listens on loopback).
 */
final class ControlPlane implements HttpHandler {
    static final String PREFIX = "/__sandbox/";

    private final State s;
    private final Faults faults;
    private final Fixtures fixtures;
    private final OAuth oauth;
    private final Notes notes;
    private final Orders orders;
    private final RateLimiter limiter;
    private final Map<String, LongAdder> calls;
    private final SandboxConfig config;
    private final Runnable persistClock;

    ControlPlane(State s, Faults faults, Fixtures fixtures, OAuth oauth, Notes notes, Orders orders,
                 RateLimiter limiter, Map<String, LongAdder> calls, SandboxConfig config,
                 Runnable persistClock) {
        this.s = s;
        this.faults = faults;
        this.fixtures = fixtures;
        this.oauth = oauth;
        this.notes = notes;
        this.orders = orders;
        this.limiter = limiter;
        this.calls = calls;
        this.config = config;
        this.persistClock = persistClock;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            byte[] raw = ex.getRequestBody().readAllBytes();
            ObjectNode body = raw.length == 0 ? s.object() : (ObjectNode) s.json.readTree(raw);
            String[] parts = ex.getRequestURI().getPath().substring(PREFIX.length()).split("/");
            JsonNode reply;
            synchronized (s) {
                try {
                    reply = route(ex.getRequestMethod(), parts, body);
                    s.store.commit();
                } catch (RuntimeException e) {
                    s.store.rollback();
                    throw e;
                }
            }
            if (reply == null) {
                reply(ex, 404, error("no such control endpoint or id"));
            } else {
                reply(ex, 200, reply);
            }
        } catch (ApiError e) {
            reply(ex, 400, error(e.code + " " + e.getMessage()));
        } catch (IllegalArgumentException | ClassCastException | IOException e) {
            reply(ex, 400, error(e.getMessage()));
        } finally {
            ex.close();
        }
    }

    private JsonNode route(String verb, String[] p, ObjectNode body) {
        String head = p[0];
        switch (head) {
            case "reset":
                s.store.wipeExcept(Fixtures.KEEP_ON_RESET);
                fixtures.seed(null);
                faults.clear();
                limiter.clear();
                calls.clear();
                s.settings.apply(new Settings(config).toJson(s.json));
                return ok();
            case "seed":
                return seed(body);
            case "clock":
                return clock(body);
            case "state":
                return p.length < 2 ? null : state(p[1], p.length > 2 ? p[2] : null);
            case "orders": {
                ObjectNode d = s.object();
                d.set("orders", orders.generate(body));
                return d;
            }
            case "notes":
                if (p.length < 3) return null;
                if (p[2].equals("publish")) return notes.review(p[1], true, null, s.clock.now());
                if (p[2].equals("reject")) return notes.review(p[1], false, body.path("reason").asText(null), s.clock.now());
                return null;
            case "faults":
                if (verb.equals("DELETE") || (p.length > 1 && p[1].equals("clear"))) {
                    faults.clear();
                    return ok();
                }
                if (verb.equals("POST")) return faults.add(body).toJson(s.json);
                return faults.toJson(s.json);
            case "config":
                if (verb.equals("POST")) s.settings.apply(body);
                return s.settings.toJson(s.json);
            case "tokens": {
                ObjectNode d = s.object();
                d.put("revoked", oauth.revoke(body.path("sellerId").asText(Fixtures.SELLER_1)));
                return d;
            }
            case "authorize": {
                ObjectNode d = s.object();
                d.put("code", oauth.issueCode(Fixtures.APP_ID, body.path("sellerId").asText(Fixtures.SELLER_1)));
                return d;
            }
            default:
                return null;
        }
    }

    private JsonNode seed(ObjectNode body) {
        ObjectNode app = fixtures.seed(null);
        String seller = body.path("sellerId").asText(Fixtures.SELLER_1);
        long now = s.clock.now();
        int products = body.path("products").asInt(0);
        for (int i = 0; i < products; i++) {
            ObjectNode item = s.object();
            String itemId = s.newId("item");
            String skuId = s.newId("sku");
            item.put("itemId", itemId);
            item.put("sellerId", seller);
            item.put("name", "沙盒商品 " + itemId);
            item.put("categoryId", "cat-101");
            item.put("shippingTemplateId", "tpl-1");
            item.putArray("images").addObject().put("link", "https://sandbox.invalid/img/" + itemId);
            item.put("createTime", now);
            item.put("updateTime", now);
            item.putArray("skuIds").add(skuId);
            s.store.put("item", itemId, seller, item);
            ObjectNode sku = s.object();
            sku.put("skuId", skuId);
            sku.put("itemId", itemId);
            sku.put("sellerId", seller);
            sku.put("price", 9900);
            sku.put("originalPrice", 12900);
            sku.put("total", 100);
            sku.put("occupied", 0);
            sku.put("available", true);
            sku.put("erpCode", "SEED-" + skuId);
            sku.putArray("variants");
            sku.put("createTime", now);
            sku.put("updateTime", now);
            s.store.put("sku", skuId, seller, sku);
        }
        int published = body.path("notes").asInt(0);
        for (int i = 0; i < published; i++) {
            ObjectNode n = s.object();
            String id = s.newId("note");
            n.put("noteId", id);
            n.put("sellerId", seller);
            n.put("type", "normal");
            n.put("title", "沙盒笔记 " + (i + 1));
            n.put("desc", "");
            n.putArray("images");
            n.putArray("topics");
            n.put("status", "PUBLISHED");
            n.put("createTime", now);
            n.put("postTime", now);
            n.put("publishTime", now);
            n.put("shareUrl", "https://www.xiaohongshu.com/discovery/item/" + id);
            s.store.put("note", id, seller, n);
        }
        ObjectNode d = s.object();
        d.put("appId", app.path("appId").asText());
        d.put("appSecret", app.path("appSecret").asText());
        d.putArray("sellers").add(Fixtures.SELLER_1).add(Fixtures.SELLER_2);
        return d;
    }

    private JsonNode clock(ObjectNode body) {
        if (body.has("setMs")) s.clock.set(body.get("setMs").asLong());
        if (body.has("advanceMs")) s.clock.advance(body.get("advanceMs").asLong());
        if (body.has("freeze")) s.clock.freeze(body.get("freeze").asBoolean());
        persistClock.run();
        ObjectNode d = s.object();
        d.put("nowMs", s.clock.now());
        d.put("frozen", s.clock.frozen());
        return d;
    }

    private JsonNode state(String kind, String id) {
        if (kind.equals("calls")) {
            ObjectNode d = s.object();
            calls.forEach((k, v) -> d.put(k, v.sum()));
            return d;
        }
        if (kind.equals("note")) notes.advanceAll(s.clock.now());
        if (id != null) return s.store.get(kind, id);
        ArrayNode a = s.array();
        List<ObjectNode> docs = s.store.list(kind);
        docs.forEach(a::add);
        return a;
    }

    private ObjectNode ok() {
        ObjectNode d = s.object();
        d.put("ok", true);
        return d;
    }

    private ObjectNode error(String message) {
        ObjectNode d = s.object();
        d.put("error", message);
        return d;
    }

    private void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        Http.send(ex, status, "application/json;charset=utf-8", s.json.writeValueAsBytes(body), Map.of());
    }
}
