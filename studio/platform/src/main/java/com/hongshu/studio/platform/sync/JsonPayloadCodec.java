package com.hongshu.studio.platform.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hongshu.studio.core.sync.PayloadCodec;

/** The outbox payloads as JSON. Unknown fields are ignored so an older studio reads a newer payload. */
public final class JsonPayloadCodec implements PayloadCodec {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public String encode(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + payload.getClass().getSimpleName(), e);
        }
    }

    @Override
    public <T> T decode(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + " payload", e);
        }
    }
}
