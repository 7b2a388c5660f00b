package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading business fields, answering 2001 when one is missing or of the wrong type. */
final class Params {
    private Params() {
    }

    static String str(JsonNode p, String f) {
        JsonNode v = p.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String reqStr(JsonNode p, String f) {
        JsonNode v = p.get(f);
        if (v == null || !v.isValueNode() || v.isNull() || v.asText().isEmpty()) {
            throw ApiError.invalid("missing parameter " + f);
        }
        return v.asText();
    }

    static long reqLong(JsonNode p, String f) {
        JsonNode v = p.get(f);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw ApiError.invalid("missing or non-integer parameter " + f);
        }
        return v.asLong();
    }

    static Long optLong(JsonNode p, String f) {
        JsonNode v = p.get(f);
        if (v == null || v.isNull()) return null;
        if (!v.isIntegralNumber()) throw ApiError.invalid("non-integer parameter " + f);
        return v.asLong();
    }

    static int intOr(JsonNode p, String f, int dflt) {
        Long v = optLong(p, f);
        return v == null ? dflt : v.intValue();
    }

    static ArrayNode arr(JsonNode p, String f) {
        JsonNode v = p.get(f);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw ApiError.invalid("parameter " + f + " must be a list");
        return (ArrayNode) v;
    }

    static ObjectNode obj(JsonNode p, String f) {
        JsonNode v = p.get(f);
        if (v == null || v.isNull()) return null;
        if (!v.isObject()) throw ApiError.invalid("parameter " + f + " must be an object");
        return (ObjectNode) v;
    }
}
