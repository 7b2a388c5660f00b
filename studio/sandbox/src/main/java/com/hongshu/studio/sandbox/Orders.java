package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** order.*: orders generated through the control plane; unpaid ones hold stock. */
final class Orders {
    static final long CREATED_WINDOW_MS = 24L * 3_600_000L;
    static final long UPDATED_WINDOW_MS = 30L * 60_000L;
    static final int UNPAID = 1;
    static final int PAID = 2;

    private final State s;

    Orders(State s) {
        this.s = s;
    }

    void register(Map<String, MethodDef> m) {
        m.put("order.getOrderList", MethodDef.read("order.getOrderList", this::list));
        m.put("order.getOrderDetail", MethodDef.read("order.getOrderDetail", this::detail));
    }

    /**
     * Control plane: {@code {sellerId?, skuId, qty?, count?, paid?, createdAt?}} creates orders. Unpaid orders hold
     * stock (occupied); paid ones take it off the total.
     */
    ArrayNode generate(ObjectNode spec) {
        String seller = spec.path("sellerId").asText(Fixtures.SELLER_1);
        String skuId = Params.reqStr(spec, "skuId");
        int qty = Params.intOr(spec, "qty", 1);
        int count = Params.intOr(spec, "count", 1);
        boolean paid = spec.path("paid").asBoolean(false);
        long now = s.clock.now();
        long created = spec.hasNonNull("createdAt") ? spec.get("createdAt").asLong() : now;
        ObjectNode sku = s.store.get("sku", skuId);
        if (sku == null || !seller.equals(sku.path("sellerId").asText())) throw ApiError.notFound(skuId);
        ArrayNode out = s.array();
        for (int i = 0; i < count; i++) {
            long available = sku.path("total").asLong() - sku.path("occupied").asLong();
            if (available < qty) throw ApiError.invalid("not enough stock for sku " + skuId);
            if (paid) {
                sku.put("total", sku.path("total").asLong() - qty);
            } else {
                sku.put("occupied", sku.path("occupied").asLong() + qty);
            }
            out.add(create(seller, sku, qty, paid ? PAID : UNPAID, created));
        }
        sku.put("updateTime", now);
        s.store.put("sku", skuId, seller, sku);
        return out;
    }

    private ObjectNode create(String seller, ObjectNode sku, int qty, int status, long createdAt) {
        ObjectNode o = s.object();
        String id = s.newId("P");
        o.put("orderId", id);
        o.put("sellerId", seller);
        o.put("orderStatus", status);
        o.put("createdTime", createdAt);
        o.put("updateTime", createdAt);
        if (status == PAID) o.put("paidTime", createdAt);
        ArrayNode lines = o.putArray("skuList");
        ObjectNode line = lines.addObject();
        line.put("skuId", sku.path("skuId").asText());
        line.put("erpCode", sku.path("erpCode").asText(null));
        line.put("qty", qty);
        line.put("price", sku.path("price").asLong());
        o.put("totalPayAmount", qty * sku.path("price").asLong());
        s.store.put("order", id, seller, o);
        return o;
    }

    private ObjectNode list(Call c) {
        long start = Params.reqLong(c.params(), "startTime");
        long end = Params.reqLong(c.params(), "endTime");
        int timeType = Params.intOr(c.params(), "timeType", 1);
        int pageNo = Params.intOr(c.params(), "pageNo", 1);
        int pageSize = Params.intOr(c.params(), "pageSize", 50);
        Commerce.checkPage(pageNo, pageSize);
        if (timeType != 1 && timeType != 2) throw ApiError.invalid("timeType must be 1 or 2");
        long window = timeType == 1 ? CREATED_WINDOW_MS : UPDATED_WINDOW_MS;
        if (end < start || end - start > window) {
            throw ApiError.invalid("time window must be at most " + (timeType == 1 ? "24 h" : "30 min"));
        }
        String field = timeType == 1 ? "createdTime" : "updateTime";
        if (c.has(FaultRule.Action.PAGING_DRIFT)) {
            // A new order lands at the head of the listing while the client is between pages.
            List<ObjectNode> all = s.store.list("order", c.sellerId());
            if (!all.isEmpty()) {
                ObjectNode template = all.get(all.size() - 1);
                JsonNode line = template.path("skuList").path(0);
                ObjectNode sku = s.store.get("sku", line.path("skuId").asText());
                if (sku != null) create(c.sellerId(), sku, 1, PAID, Math.min(end, c.now()));
            }
        }
        List<ObjectNode> hits = s.store.list("order", c.sellerId()).stream()
                .filter(o -> o.path(field).asLong() >= start && o.path(field).asLong() <= end)
                .sorted(Comparator.<ObjectNode>comparingLong(o -> o.path(field).asLong())
                        .thenComparing(o -> o.path("orderId").asText()).reversed())
                .toList();
        ObjectNode d = s.object();
        d.put("total", hits.size());
        d.put("pageNo", pageNo);
        d.put("maxPageNo", (hits.size() + pageSize - 1) / pageSize);
        ArrayNode out = d.putArray("orderList");
        hits.stream().skip((long) (pageNo - 1) * pageSize).limit(pageSize).forEach(o -> out.add(view(o)));
        return d;
    }

    private ObjectNode detail(Call c) {
        String id = Params.reqStr(c.params(), "orderId");
        ObjectNode o = s.store.get("order", id);
        if (o == null || !c.sellerId().equals(o.path("sellerId").asText())) throw ApiError.notFound(id);
        return view(o);
    }

    private static ObjectNode view(ObjectNode o) {
        ObjectNode v = o.deepCopy();
        v.remove("sellerId");
        return v;
    }
}
