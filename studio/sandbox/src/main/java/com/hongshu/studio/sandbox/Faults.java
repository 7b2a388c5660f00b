package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The active fault rules. */
final class Faults {
    private final List<FaultRule> rules = new ArrayList<>();
    private long nextId = 1;

    synchronized FaultRule add(ObjectNode spec) {
        FaultRule rule = new FaultRule(nextId++, spec);
        rules.add(rule);
        return rule;
    }

    synchronized void clear() {
        rules.clear();
    }

    /** The rules that fire on this call, at most one per action (the first added wins). */
    synchronized Map<FaultRule.Action, FaultRule> firing(String method, String path, String account) {
        Map<FaultRule.Action, FaultRule> out = new EnumMap<>(FaultRule.Action.class);
        for (FaultRule r : rules) {
            if (!out.containsKey(r.action) && r.fires(method, path, account)) {
                out.put(r.action, r);
            }
        }
        return out;
    }

    synchronized ArrayNode toJson(ObjectMapper json) {
        ArrayNode a = json.createArrayNode();
        rules.forEach(r -> a.add(r.toJson(json)));
        return a;
    }
}
