package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/** common.* (reference data, forbidden words) and material.* (seller media). */
final class Catalog {
    private final State s;

    Catalog(State s) {
        this.s = s;
    }

    void register(Map<String, MethodDef> m) {
        put(m, MethodDef.read("common.getCategories", c -> listOf("categories", "category")));
        put(m, MethodDef.read("common.getCarriageTemplateList", c -> listOf("carriageTemplates", "carriage")));
        put(m, MethodDef.read("common.getLogisticsList", c -> listOf("logisticsList", "logistics")));
        put(m, MethodDef.read("common.checkForbiddenKeyword", this::checkForbidden));
        put(m, MethodDef.write("material.uploadMaterial", this::uploadMaterial));
        put(m, MethodDef.read("material.queryMaterial", this::queryMaterial));
    }

    private static void put(Map<String, MethodDef> m, MethodDef d) {
        m.put(d.name(), d);
    }

    private ObjectNode listOf(String field, String kind) {
        ObjectNode d = s.object();
        ArrayNode a = d.putArray(field);
        s.store.list(kind).forEach(a::add);
        return d;
    }

    private ObjectNode checkForbidden(Call c) {
        String text = Params.reqStr(c.params(), "text");
        ObjectNode d = s.object();
        ArrayNode a = d.putArray("forbiddenKeywords");
        s.rules.forbiddenIn(text).forEach(a::add);
        return d;
    }

    private ObjectNode uploadMaterial(Call c) {
        String name = Params.reqStr(c.params(), "name");
        long type = Params.reqLong(c.params(), "type");
        if (type != 0 && type != 1) throw ApiError.invalid("type must be 0 (image) or 1 (video)");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Params.reqStr(c.params(), "materialContent"));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("materialContent is not base64");
        }
        if (bytes.length > s.settings.maxUploadBytes) {
            throw new ApiError(2011, "material too large", 413, null, null);
        }
        ObjectNode m = s.object();
        String id = s.newId("mat");
        m.put("materialId", id);
        m.put("name", name);
        m.put("type", type);
        m.put("url", "https://sandbox.invalid/material/" + id);
        m.put("size", bytes.length);
        if (type == 0) {
            BufferedImage img = decode(bytes);
            m.put("width", img == null ? 0 : img.getWidth());
            m.put("height", img == null ? 0 : img.getHeight());
            long processing = s.settings.imageProcessingMs;
            m.put("status", img == null ? 3 : processing > 0 ? 2 : 1);
            if (img != null && processing > 0) m.put("readyAt", c.now() + processing);
        } else {
            m.put("width", 1080);
            m.put("height", 1920);
            m.put("status", 2);
            m.put("readyAt", c.now() + s.settings.mediaProcessingMs);
        }
        s.store.put("material", id, c.sellerId(), m);
        return view(m, c.now());
    }

    private ObjectNode queryMaterial(Call c) {
        String id = Params.reqStr(c.params(), "materialId");
        ObjectNode m = s.store.get("material", id);
        if (m == null) throw ApiError.notFound(id);
        return view(m, c.now());
    }

    private static ObjectNode view(ObjectNode m, long now) {
        ObjectNode v = m.deepCopy();
        if (v.path("status").asInt() == 2 && v.path("readyAt").asLong() <= now) v.put("status", 1);
        v.remove("readyAt");
        v.remove("size");
        return v;
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
