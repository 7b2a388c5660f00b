package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.ZoneId;

/**
 * What the method handlers share: the store, the virtual clock, the switches and the rules. Its monitor is the
 * single lock every request holds while it touches the store.
 */
final class State {
    static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    final Store store;
    final VirtualClock clock;
    final Settings settings;
    final ObjectMapper json;
    final Rules rules;

    State(Store store, VirtualClock clock, Settings settings, ObjectMapper json, Rules rules) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
        this.rules = rules;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    String newId(String prefix) {
        return prefix + String.format("%010d", store.nextSeq(prefix));
    }
}
