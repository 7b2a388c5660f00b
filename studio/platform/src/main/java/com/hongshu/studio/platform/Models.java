package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson set-up and reply mapping: a reply missing a required field is a changed platform. */
final class Models {
    private Models() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    static <T> T read(ObjectMapper json, JsonNode data, Class<T> type, String method) {
        if (data == null || !data.isObject()) {
            throw Transport.fail(ErrorCategory.PLATFORM_CHANGED, 0, 200, method,
                    "reply without a data object", null, null, null);
        }
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Transport.fail(ErrorCategory.PLATFORM_CHANGED, 0, 200, method,
                    "reply does not match the contract: "
                            + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), null, null, e);
        }
    }
}
