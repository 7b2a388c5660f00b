package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** One gateway call as the handlers see it. {@code sellerId} is null for oauth.* methods. */
record Call(String appId, String sellerId, String method, ObjectNode params, long now,
            Map<FaultRule.Action, FaultRule> faults) {

    boolean has(FaultRule.Action action) {
        return faults.containsKey(action);
    }
}
