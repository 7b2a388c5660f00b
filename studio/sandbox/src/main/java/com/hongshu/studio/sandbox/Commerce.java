package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** product.* and inventory.*: the seller API subset around items, SKUs and stock. */
final class Commerce {
    private final State s;

    Commerce(State s) {
        this.s = s;
    }

    void register(Map<String, MethodDef> m) {
        put(m, MethodDef.write("product.createItemAndSku", this::createItem));
        put(m, MethodDef.write("product.updateItemAndSku", this::updateItem));
        put(m, MethodDef.read("product.getItemInfo", this::getItemInfo));
        put(m, MethodDef.read("product.searchItemList", this::searchItems));
        put(m, MethodDef.read("product.getDetailSkuList", this::detailSkuList));
        put(m, MethodDef.write("product.updateSkuAvailable", this::updateSkuAvailable));
        put(m, MethodDef.write("product.updateSkuPrice", this::updateSkuPrice));
        put(m, MethodDef.write("inventory.syncSkuStock", this::syncStock));
        put(m, MethodDef.write("inventory.incSkuStock", this::incStock));
        put(m, MethodDef.read("inventory.getSkuStock", this::getStock));
    }

    static void put(Map<String, MethodDef> m, MethodDef d) {
        m.put(d.name(), d);
    }

    // ---- products ----

    private ObjectNode createItem(Call c) {
        ObjectNode item = Params.obj(c.params(), "item");
        ArrayNode skus = Params.arr(c.params(), "createSkuList");
        if (item == null) throw ApiError.invalid("missing parameter item");
        if (skus == null || skus.isEmpty()) throw ApiError.invalid("createSkuList must not be empty");
        String name = Params.reqStr(item, "name");
        String categoryId = Params.reqStr(item, "categoryId");
        ObjectNode category = s.store.get("category", categoryId);
        if (category == null || !category.path("isLeaf").asBoolean()) throw ApiError.invalid("unknown leaf category");
        String template = Params.reqStr(item, "shippingTemplateId");
        if (s.store.get("carriage", template) == null) throw ApiError.invalid("unknown shippingTemplateId");
        ArrayNode images = Params.arr(item, "images");
        if (images == null || images.isEmpty()) throw ApiError.invalid("images must not be empty");
        Rules.checkItemDesc(Params.str(item, "description"));
        s.rules.checkNoForbidden(name, Params.str(item, "description"));
        List<String> seenErp = new ArrayList<>();
        for (JsonNode sku : skus) {
            checkSku(sku, c.sellerId(), null);
            String erp = Params.str(sku, "erpCode");
            if (erp != null) {
                if (seenErp.contains(erp)) throw ApiError.invalid("erpCode repeated: " + erp);
                seenErp.add(erp);
            }
        }
        String itemId = s.newId("item");
        ObjectNode doc = s.object();
        doc.put("itemId", itemId);
        doc.put("sellerId", c.sellerId());
        doc.put("name", name);
        doc.put("categoryId", categoryId);
        doc.put("shippingTemplateId", template);
        doc.set("images", images);
        doc.put("description", Params.str(item, "description"));
        doc.put("articleNo", Params.str(item, "articleNo"));
        doc.put("createTime", c.now());
        doc.put("updateTime", c.now());
        ArrayNode skuIds = doc.putArray("skuIds");
        ObjectNode reply = s.object();
        reply.put("itemId", itemId);
        ArrayNode out = reply.putArray("skuList");
        for (JsonNode in : skus) {
            ObjectNode sku = s.object();
            String skuId = s.newId("sku");
            sku.put("skuId", skuId);
            sku.put("itemId", itemId);
            sku.put("sellerId", c.sellerId());
            sku.put("price", in.path("price").asLong());
            sku.put("originalPrice", in.path("originalPrice").asLong());
            sku.put("total", Math.max(0, in.path("stock").asLong()));
            sku.put("occupied", 0);
            sku.put("available", true);
            sku.put("erpCode", Params.str(in, "erpCode"));
            sku.put("barcode", Params.str(in, "barcode"));
            sku.set("variants", in.path("variants").isArray() ? in.get("variants") : s.array());
            sku.put("deliveryTime", Params.str(in, "deliveryTime"));
            sku.put("createTime", c.now());
            sku.put("updateTime", c.now());
            s.store.put("sku", skuId, c.sellerId(), sku);
            skuIds.add(skuId);
            ObjectNode o = out.addObject();
            o.put("skuId", skuId);
            o.put("erpCode", Params.str(in, "erpCode"));
        }
        s.store.put("item", itemId, c.sellerId(), doc);
        return reply;
    }

    private void checkSku(JsonNode sku, String seller, String ownSkuId) {
        long price = Params.reqLong(sku, "price");
        long original = Params.reqLong(sku, "originalPrice");
        Rules.checkPrice(price, original);
        Long stock = Params.optLong(sku, "stock");
        if (stock != null && stock < 0) throw ApiError.invalid("stock must not be negative");
        String erp = Params.str(sku, "erpCode");
        if (erp != null) {
            ObjectNode existing = skuByErp(seller, erp);
            if (existing != null && !existing.path("skuId").asText().equals(ownSkuId)) {
                ObjectNode data = s.object();
                data.put("itemId", existing.path("itemId").asText());
                data.put("skuId", existing.path("skuId").asText());
                data.put("erpCode", erp);
                throw new ApiError(3003, "erpCode already used: " + erp, 200, null, data);
            }
        }
    }

    private ObjectNode skuByErp(String seller, String erp) {
        for (ObjectNode sku : s.store.list("sku", seller)) {
            if (erp.equals(sku.path("erpCode").asText(null))) return sku;
        }
        return null;
    }

    private ObjectNode updateItem(Call c) {
        String itemId = Params.reqStr(c.params(), "itemId");
        ObjectNode doc = item(c.sellerId(), itemId);
        ObjectNode item = Params.obj(c.params(), "item");
        if (item != null) {
            if (item.has("name")) doc.put("name", Params.reqStr(item, "name"));
            if (item.has("description")) {
                Rules.checkItemDesc(Params.str(item, "description"));
                doc.put("description", Params.str(item, "description"));
            }
            if (item.has("images")) {
                ArrayNode images = Params.arr(item, "images");
                if (images == null || images.isEmpty()) throw ApiError.invalid("images must not be empty");
                doc.set("images", images);
            }
            s.rules.checkNoForbidden(doc.path("name").asText(), doc.path("description").asText(null));
        }
        ArrayNode updates = Params.arr(c.params(), "updateSkuList");
        if (updates != null) {
            for (JsonNode u : updates) {
                ObjectNode sku = sku(c.sellerId(), Params.reqStr(u, "skuId"));
                if (!sku.path("itemId").asText().equals(itemId)) throw ApiError.invalid("sku of another item");
                ObjectNode merged = sku.deepCopy();
                u.fields().forEachRemaining(e -> {
                    if (List.of("price", "originalPrice", "erpCode", "barcode", "deliveryTime", "variants")
                            .contains(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                checkSku(merged, c.sellerId(), sku.path("skuId").asText());
                merged.put("updateTime", c.now());
                s.store.put("sku", sku.path("skuId").asText(), c.sellerId(), merged);
            }
        }
        doc.put("updateTime", c.now());
        s.store.put("item", itemId, c.sellerId(), doc);
        ObjectNode reply = s.object();
        reply.put("itemId", itemId);
        ArrayNode out = reply.putArray("skuList");
        doc.path("skuIds").forEach(id -> out.add(skuView(s.store.get("sku", id.asText()))));
        return reply;
    }

    private ObjectNode getItemInfo(Call c) {
        return itemView(item(c.sellerId(), Params.reqStr(c.params(), "itemId")));
    }

    private ObjectNode itemView(ObjectNode doc) {
        ObjectNode reply = s.object();
        reply.set("item", doc.deepCopy().without(List.of("skuIds", "sellerId")));
        ArrayNode out = reply.putArray("skuList");
        doc.path("skuIds").forEach(id -> out.add(skuView(s.store.get("sku", id.asText()))));
        return reply;
    }

    private ObjectNode searchItems(Call c) {
        ObjectNode param = Params.obj(c.params(), "searchParam");
        ArrayNode keywords = param == null ? null : Params.arr(param, "keywords");
        int pageNo = Params.intOr(c.params(), "pageNo", 1);
        int pageSize = Params.intOr(c.params(), "pageSize", 20);
        checkPage(pageNo, pageSize);
        List<ObjectNode> hits = new ArrayList<>();
        for (ObjectNode item : s.store.list("item", c.sellerId())) {
            if (keywords == null || keywords.isEmpty() || matches(item, keywords)) hits.add(item);
        }
        ObjectNode reply = s.object();
        reply.put("total", hits.size());
        ArrayNode out = reply.putArray("itemList");
        hits.stream().skip((long) (pageNo - 1) * pageSize).limit(pageSize).forEach(i -> out.add(itemView(i)));
        return reply;
    }

    private boolean matches(ObjectNode item, ArrayNode keywords) {
        for (JsonNode k : keywords) {
            String kw = k.asText();
            if (item.path("itemId").asText().equals(kw) || item.path("name").asText().contains(kw)) return true;
            for (JsonNode id : item.path("skuIds")) {
                ObjectNode sku = s.store.get("sku", id.asText());
                if (sku != null && (kw.equals(sku.path("erpCode").asText(null))
                        || kw.equals(sku.path("barcode").asText(null)) || kw.equals(sku.path("skuId").asText()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private ObjectNode detailSkuList(Call c) {
        int pageNo = Params.intOr(c.params(), "pageNo", 1);
        int pageSize = Params.intOr(c.params(), "pageSize", 20);
        checkPage(pageNo, pageSize);
        String lastId = Params.str(c.params(), "lastId");
        Long from = Params.optLong(c.params(), "updateTimeFrom");
        Long to = Params.optLong(c.params(), "updateTimeTo");
        List<ObjectNode> skus = new ArrayList<>(s.store.list("sku", c.sellerId()));
        if (c.has(FaultRule.Action.PAGING_DRIFT) && !skus.isEmpty()) {
            // The least recently updated row jumps to the head, shifting every page boundary.
            ObjectNode oldest = skus.stream().min(Comparator.comparingLong(x -> x.path("updateTime").asLong())).get();
            oldest.put("updateTime", c.now() + 1);
            s.store.put("sku", oldest.path("skuId").asText(), c.sellerId(), oldest);
        }
        skus.removeIf(x -> (from != null && x.path("updateTime").asLong() < from)
                || (to != null && x.path("updateTime").asLong() > to));
        ObjectNode reply = s.object();
        reply.put("total", skus.size());
        ArrayNode out = reply.putArray("skuList");
        if (lastId != null) {
            skus.stream().filter(x -> x.path("skuId").asText().compareTo(lastId) > 0)
                    .sorted(Comparator.comparing(x -> x.path("skuId").asText()))
                    .limit(pageSize).forEach(x -> out.add(skuView(x)));
        } else {
            skus.stream().sorted(Comparator.<ObjectNode>comparingLong(x -> x.path("updateTime").asLong())
                            .thenComparing(x -> x.path("skuId").asText()).reversed())
                    .skip((long) (pageNo - 1) * pageSize).limit(pageSize).forEach(x -> out.add(skuView(x)));
        }
        return reply;
    }

    static void checkPage(int pageNo, int pageSize) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
            throw ApiError.invalid("pageNo >= 1 and pageSize 1..100");
        }
    }

    private ObjectNode updateSkuAvailable(Call c) {
        ObjectNode sku = sku(c.sellerId(), Params.reqStr(c.params(), "skuId"));
        JsonNode available = c.params().get("available");
        if (available == null || !available.isBoolean()) throw ApiError.invalid("available must be a boolean");
        sku.put("available", available.asBoolean());
        sku.put("updateTime", c.now());
        s.store.put("sku", sku.path("skuId").asText(), c.sellerId(), sku);
        ObjectNode d = s.object();
        d.put("skuId", sku.path("skuId").asText());
        d.put("available", available.asBoolean());
        return d;
    }

    private ObjectNode updateSkuPrice(Call c) {
        ObjectNode sku = sku(c.sellerId(), Params.reqStr(c.params(), "skuId"));
        long price = Params.reqLong(c.params(), "price");
        Long original = Params.optLong(c.params(), "originalPrice");
        long orig = original != null ? original : sku.path("originalPrice").asLong();
        Rules.checkPrice(price, orig);
        sku.put("price", price);
        sku.put("originalPrice", orig);
        sku.put("updateTime", c.now());
        s.store.put("sku", sku.path("skuId").asText(), c.sellerId(), sku);
        return skuView(sku);
    }

    // ---- inventory ----

    private ObjectNode syncStock(Call c) {
        ObjectNode sku = sku(c.sellerId(), Params.reqStr(c.params(), "skuId"));
        long qty = Params.reqLong(c.params(), "qty");
        if (qty < sku.path("occupied").asLong()) {
            throw ApiError.invalid("qty below stock held by unpaid orders (" + sku.path("occupied").asLong() + ")");
        }
        sku.put("total", qty);
        sku.put("updateTime", c.now());
        s.store.put("sku", sku.path("skuId").asText(), c.sellerId(), sku);
        return stockView(sku);
    }

    private ObjectNode incStock(Call c) {
        ObjectNode sku = sku(c.sellerId(), Params.reqStr(c.params(), "skuId"));
        long total = sku.path("total").asLong() + Params.reqLong(c.params(), "qty");
        if (total < sku.path("occupied").asLong()) throw ApiError.invalid("stock would fall below held stock");
        sku.put("total", total);
        sku.put("updateTime", c.now());
        s.store.put("sku", sku.path("skuId").asText(), c.sellerId(), sku);
        return stockView(sku);
    }

    private ObjectNode getStock(Call c) {
        return stockView(sku(c.sellerId(), Params.reqStr(c.params(), "skuId")));
    }

    private ObjectNode stockView(ObjectNode sku) {
        ObjectNode d = s.object();
        d.put("skuId", sku.path("skuId").asText());
        ObjectNode st = d.putObject("skuStock");
        long total = sku.path("total").asLong();
        long held = sku.path("occupied").asLong();
        st.put("available", total - held);
        st.put("total", total);
        st.put("occupiedQuantity", held);
        return d;
    }

    static ObjectNode skuView(ObjectNode sku) {
        ObjectNode v = sku.deepCopy();
        v.put("stock", sku.path("total").asLong());
        v.remove(List.of("total", "occupied", "sellerId"));
        return v;
    }

    ObjectNode sku(String seller, String skuId) {
        ObjectNode sku = s.store.get("sku", skuId);
        if (sku == null || !seller.equals(sku.path("sellerId").asText())) throw ApiError.notFound(skuId);
        return sku;
    }

    private ObjectNode item(String seller, String itemId) {
        ObjectNode item = s.store.get("item", itemId);
        if (item == null || !seller.equals(item.path("sellerId").asText())) {
            throw ApiError.notFound(itemId);
        }
        return item;
    }
}
