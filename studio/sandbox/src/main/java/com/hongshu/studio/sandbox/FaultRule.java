package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Random;

/**
 * One fault rule: which calls it matches (method or path, account), when it fires (from the nth matching call,
 * how many times, with what probability) and what it does.
 */
final class FaultRule {
    enum Action {
        LATENCY, HTTP, DROP_BEFORE_COMMIT, DROP_AFTER_COMMIT, THROTTLE, RISK_CONTROL, EXPIRE_TOKEN, HTML_200,
        SCHEMA_DRIFT, FALSE_SUCCESS, AUDIT_REJECT, PAGING_DRIFT, CLOCK_SKEW
    }

    final long id;
    final Action action;
    final String method;
    final String path;
    final String account;
    final int nth;
    final int times;
    final double probability;
    final ObjectNode params;
    private final Random random;
    private int matched;
    private int fired;

    FaultRule(long id, ObjectNode spec) {
        this.id = id;
        String name = spec.path("action").asText("");
        try {
            this.action = Action.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault action: " + name);
        }
        this.method = text(spec, "method");
        this.path = text(spec, "path");
        this.account = text(spec, "account");
        this.nth = Math.max(1, spec.path("nth").asInt(1));
        this.times = spec.path("times").asInt(1);
        this.probability = spec.path("probability").asDouble(1.0);
        this.random = new Random(spec.path("seed").asLong(id));
        this.params = spec;
    }

    /** Counts a call and says whether the rule fires on it. Callers synchronise. */
    boolean fires(String callMethod, String callPath, String callAccount) {
        if (method != null && !method.equals(callMethod)) return false;
        if (path != null && (callPath == null || !callPath.startsWith(path))) return false;
        if (account != null && !account.equals(callAccount)) return false;
        matched++;
        if (matched < nth) return false;
        if (times > 0 && fired >= times) return false;
        if (probability < 1.0 && random.nextDouble() >= probability) return false;
        fired++;
        return true;
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode n = params.deepCopy();
        n.put("id", id);
        n.put("action", action.name().toLowerCase(Locale.ROOT));
        synchronized (this) {
            n.put("matched", matched);
            n.put("fired", fired);
        }
        return n;
    }

    private static String text(ObjectNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
