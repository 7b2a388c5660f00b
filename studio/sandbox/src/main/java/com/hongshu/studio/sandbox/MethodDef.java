package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Function;

/** A gateway method: whether it writes (idempotency applies), whether it needs an access token, and its handler. */
record MethodDef(String name, boolean write, boolean needsToken, Function<Call, ObjectNode> handler) {

    static MethodDef read(String name, Function<Call, ObjectNode> h) {
        return new MethodDef(name, false, true, h);
    }

    static MethodDef write(String name, Function<Call, ObjectNode> h) {
        return new MethodDef(name, true, true, h);
    }
}
