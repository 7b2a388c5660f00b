package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.PayloadCodec;
import com.hongshu.studio.core.sync.Payloads;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Queues each product change's platform operation in the outbox, in the transaction of the change. The first push of
 * a product is PRODUCT_CREATE with its SKUs and their stock, when it first goes on shelf (drafts and products never
 * put on sale are not pushed); after that, PRODUCT_UPDATE (name, description), PRICE, AVAILABILITY (on shelf or not)
 * and STOCK (the absolute total) per SKU. Pictures go as media references: the engine's media step uploads each as
 * platform material before the create (or an update that changes them) is sent. A product's operations
 * share the aggregate ("product", id), so they reach the platform in the order they were queued: nothing about a SKU
 * is sent before the create that makes it. A product belongs to its account, or to the first account when it has
 * none; with no account at all nothing is queued (the next change after connecting one pushes it).
 */
public final class OutboxProductPushes implements ProductPushes {

    /** What the platform needs that the studio does not keep per product yet. */
    public record Defaults(String categoryId, String shippingTemplateId, String placeholderImage) {
    }

    static final String AGGREGATE = "product";

    private final SqliteOutboxRepository outbox;
    private final PayloadCodec codec;
    private final Defaults defaults;
    private final LongFunction<String> imageMedia;
    private final Runnable wake;

    /**
     * {@code imageMedia}: a media library id to the media reference the sync's media source reads (uploaded as
     * platform material before the create); null leaves that picture out.
     */
    public OutboxProductPushes(SqliteOutboxRepository outbox, PayloadCodec codec, Defaults defaults,
                               LongFunction<String> imageMedia, Runnable wake) {
        this.outbox = outbox;
        this.codec = codec;
        this.defaults = defaults;
        this.imageMedia = imageMedia;
        this.wake = wake;
    }

    /**
     * A product's account (0: none) and whether a create of it is queued or done. One that failed, was cancelled or
     * stayed unconfirmed (said OK, never found) is created again by the next change.
     */
    private record State(long accountId, ProductStatus status, boolean created) {
    }

    private static final String STATE = "SELECT p.status, coalesce(p.account_id, (SELECT min(id) FROM sync_account)),"
            + " o.status FROM product p LEFT JOIN outbox_operation o ON o.id = p.create_op_id";

    private static State state(ResultSet rs) throws SQLException {
        String op = rs.getString(3);
        return new State(rs.getLong(2), ProductStatus.valueOf(rs.getString(1)), created(op));
    }

    private static boolean created(String createStatus) {
        return createStatus != null && !createStatus.equals("FAILED") && !createStatus.equals("CANCELLED")
                && !createStatus.equals("UNCONFIRMED");
    }

    private static State state(Connection c, long productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STATE + " WHERE p.id = ?")) {
            ps.setLong(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? state(rs) : new State(0, ProductStatus.DRAFT, false);
            }
        }
    }

    @Override
    public void saved(Connection c, Product before, long productId) throws SQLException {
        State st = state(c, productId);
        Product after = ProductRows.load(c, productId).orElse(null);
        if (st.accountId() == 0 || after == null) {
            return;
        }
        List<NewOperation> ops = new ArrayList<>();
        if (!st.created()) {
            if (after.status() == ProductStatus.ON_SHELF) {
                queueCreate(c, after, st.accountId());
                wake.run();
            }
            return;
        }
        Map<Long, Sku> old = new HashMap<>();
        if (before != null) {
            before.skus().forEach(s -> old.put(s.id(), s));
        }
        List<Sku> known = after.skus().stream().filter(s -> old.containsKey(s.id())).toList();
        if (known.isEmpty()) {
            return; // every SKU is new: the platform has no SKU of this item left to address it by
        }
        boolean images = before != null && !before.imageMediaIds().equals(after.imageMediaIds())
                && !media(after).isEmpty();
        if (before == null || !before.name().equals(after.name())
                || !before.description().equals(after.description()) || images) {
            ops.add(op(st, productId, OperationKind.PRODUCT_UPDATE, new Payloads.ProductUpdate(
                    known.get(0).erpCode(), after.name(), after.description(), images ? media(after) : null)));
        }
        for (Sku s : known) {
            Sku o = old.get(s.id());
            if (o.priceFen() != s.priceFen() || o.originalPriceFen() != s.originalPriceFen()) {
                ops.add(op(st, productId, OperationKind.PRICE,
                        new Payloads.Price(s.erpCode(), s.priceFen(), s.originalPriceFen())));
            }
        }
        if (before == null || before.status() != after.status()) {
            for (Sku s : known) {
                ops.add(op(st, productId, OperationKind.AVAILABILITY,
                        new Payloads.Availability(s.erpCode(), after.status() == ProductStatus.ON_SHELF)));
            }
        }
        enqueue(c, ops);
    }

    @Override
    public void pricesChanged(Connection c, Collection<Long> skuIds) throws SQLException {
        List<NewOperation> ops = new ArrayList<>();
        Map<Long, State> states = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT product_id, erp_code, price_fen, original_price_fen FROM sku WHERE id = ?")) {
            for (long id : skuIds) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    long productId = rs.getLong(1);
                    State st = states.computeIfAbsent(productId, p -> stateUnchecked(c, p));
                    if (st.accountId() != 0 && st.created()) {
                        ops.add(op(st, productId, OperationKind.PRICE,
                                new Payloads.Price(rs.getString(2), rs.getLong(3), rs.getLong(4))));
                    }
                }
            }
        }
        enqueue(c, ops);
    }

    @Override
    public void statusesChanged(Connection c, Collection<Long> productIds) throws SQLException {
        List<NewOperation> ops = new ArrayList<>();
        boolean created = false;
        for (long id : productIds) {
            State st = state(c, id);
            if (st.accountId() == 0) {
                continue;
            }
            if (!st.created()) {
                if (st.status() == ProductStatus.ON_SHELF) {
                    ProductRows.load(c, id).ifPresent(p -> queueCreateUnchecked(c, p, st.accountId()));
                    created = true;
                }
                continue;
            }
            for (String erp : erpCodes(c, id)) {
                ops.add(op(st, id, OperationKind.AVAILABILITY,
                        new Payloads.Availability(erp, st.status() == ProductStatus.ON_SHELF)));
            }
        }
        enqueue(c, ops);
        if (created) {
            wake.run();
        }
    }

    @Override
    public void stockChanged(Connection c, long skuId, long total, Instant platformAt) throws SQLException {
        long productId;
        String erp;
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, erp_code FROM sku WHERE id = ?")) {
            ps.setLong(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                productId = rs.getLong(1);
                erp = rs.getString(2);
            }
        }
        State st = state(c, productId);
        // Not created yet: the create, when it comes, carries the stock of that moment.
        if (st.accountId() == 0 || !st.created()) {
            return;
        }
        if (platformAt != null && !stockQueuedSince(c, st.accountId(), productId, platformAt)) {
            return; // the platform took the sale off its own total: the same total needs no push (no echo)
        }
        enqueue(c, List.of(op(st, productId, OperationKind.STOCK, new Payloads.Stock(erp, total))));
    }

    /** A STOCK push queued after the platform's sale carried a total without it, and may have overwritten it. */
    private static boolean stockQueuedSince(Connection c, long account, long productId, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox_operation WHERE account_id = ?"
                + " AND aggregate_type = ? AND aggregate_id = ? AND kind = 'STOCK' AND created_at >= ? LIMIT 1")) {
            ps.setLong(1, account);
            ps.setString(2, AGGREGATE);
            ps.setLong(3, productId);
            ps.setLong(4, at.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void deleting(Connection c, Collection<Long> productIds) throws SQLException {
        List<NewOperation> ops = new ArrayList<>();
        for (long id : productIds) {
            State st = state(c, id);
            if (st.accountId() != 0 && st.created()) {
                for (String erp : erpCodes(c, id)) {
                    ops.add(op(st, id, OperationKind.AVAILABILITY, new Payloads.Availability(erp, false)));
                }
            }
        }
        enqueue(c, ops);
    }

    @Override
    public void imported(Connection c, Set<Long> products, Set<Long> skus, Map<Long, Long> stock, Set<Long> newSkus)
            throws SQLException {
        if (products.isEmpty() && skus.isEmpty() && stock.isEmpty()) {
            return;
        }
        Map<Long, State> states = new HashMap<>();
        Map<Long, Product> heads = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.name, p.description, p.category, p.status,"
                + " coalesce(p.account_id, (SELECT min(id) FROM sync_account)), o.status FROM product p"
                + " LEFT JOIN outbox_operation o ON o.id = p.create_op_id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String op = rs.getString(7);
                    states.put(id, new State(rs.getLong(6), ProductStatus.valueOf(rs.getString(5)), created(op)));
                    if (products.contains(id)) {
                        heads.put(id, new Product(id, rs.getString(2), "", rs.getString(3), rs.getString(4),
                                List.of(), ProductStatus.valueOf(rs.getString(5)), List.of(), List.of(), null, null));
                    }
                }
            }
        }
        Map<Long, List<Sku>> skusOf = new HashMap<>();
        Map<Long, Long> productOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, product_id, erp_code, barcode, price_fen,"
                + " original_price_fen, stock FROM sku ORDER BY product_id, position, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long productId = rs.getLong(2);
                if (products.contains(productId) || skus.contains(id) || stock.containsKey(id)) {
                    productOf.put(id, productId);
                    skusOf.computeIfAbsent(productId, k -> new ArrayList<>()).add(new Sku(id, List.of(),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), 0, rs.getLong(7)));
                }
            }
        }
        Map<Long, List<Long>> images = images(c, products);
        List<NewOperation> ops = new ArrayList<>();
        List<long[]> creates = new ArrayList<>(); // {product id, index in ops, account}
        Set<Long> fresh = new HashSet<>();
        for (long id : products) {
            State st = states.get(id);
            Product head = heads.get(id);
            List<Sku> its = skusOf.getOrDefault(id, List.of());
            if (st == null || st.accountId() == 0 || head == null || its.isEmpty()) {
                continue;
            }
            if (!st.created()) {
                if (st.status() == ProductStatus.ON_SHELF) {
                    creates.add(new long[] {id, ops.size(), st.accountId()});
                    ops.add(createOp(new Product(id, head.name(), "", head.description(), head.category(),
                            images.getOrDefault(id, List.of()), st.status(), List.of(), its, null, null),
                            st.accountId()));
                    fresh.add(id);
                }
                continue;
            }
            // A SKU this import added to a product already on the platform is not there (no way to add one).
            List<Sku> known = its.stream().filter(s -> !newSkus.contains(s.id())).toList();
            if (known.isEmpty()) {
                continue;
            }
            ops.add(op(st, id, OperationKind.PRODUCT_UPDATE,
                    new Payloads.ProductUpdate(known.get(0).erpCode(), head.name(), head.description())));
            for (Sku s : known) {
                ops.add(op(st, id, OperationKind.AVAILABILITY,
                        new Payloads.Availability(s.erpCode(), st.status() == ProductStatus.ON_SHELF)));
            }
        }
        for (Map.Entry<Long, List<Sku>> e : skusOf.entrySet()) {
            long productId = e.getKey();
            State st = states.get(productId);
            if (st == null || st.accountId() == 0 || !st.created() || fresh.contains(productId)) {
                continue;
            }
            for (Sku s : e.getValue()) {
                if (skus.contains(s.id())) {
                    ops.add(op(st, productId, OperationKind.PRICE,
                            new Payloads.Price(s.erpCode(), s.priceFen(), s.originalPriceFen())));
                }
                Long total = stock.get(s.id());
                if (total != null) {
                    ops.add(op(st, productId, OperationKind.STOCK, new Payloads.Stock(s.erpCode(), total)));
                }
            }
        }
        long[] ids = outbox.enqueueBatch(c, ops);
        if (!creates.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE product SET create_op_id = ?, account_id = ? WHERE id = ?")) {
                for (long[] cr : creates) {
                    ps.setLong(1, ids[(int) cr[1]]);
                    ps.setLong(2, cr[2]);
                    ps.setLong(3, cr[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (ids.length > 0) {
            wake.run();
        }
    }

    /**
     * Queues the create of every product on shelf that was never pushed: saved before any account existed (or
     * demo data). Returns how many; 0 while there is no account.
     */
    public int pushUnpushed(Connection c) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM product WHERE status = 'ON_SHELF'"
                + " AND create_op_id IS NULL AND EXISTS (SELECT 1 FROM sync_account)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (!ids.isEmpty()) {
            imported(c, ids, Set.of(), Map.of(), Set.of());
        }
        return ids.size();
    }

    private static Map<Long, List<Long>> images(Connection c, Set<Long> products) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT product_id, media_id FROM product_media ORDER BY product_id, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (products.contains(rs.getLong(1))) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return out;
    }

    private void queueCreate(Connection c, Product p, long account) throws SQLException {
        if (p.skus().isEmpty()) {
            return; // the platform takes no item without a SKU: pushed once it has one
        }
        long opId = outbox.enqueue(c, createOp(p, account)).operation().id();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE product SET create_op_id = ?, account_id = ? WHERE id = ?")) {
            ps.setLong(1, opId);
            ps.setLong(2, account);
            ps.setLong(3, p.id());
            ps.executeUpdate();
        }
    }

    private void queueCreateUnchecked(Connection c, Product p, long account) {
        try {
            queueCreate(c, p, account);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static State stateUnchecked(Connection c, long productId) {
        try {
            return state(c, productId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> media(Product p) {
        return p.imageMediaIds().stream().map(imageMedia::apply).filter(Objects::nonNull).toList();
    }

    /**
     * Queued only while no create of the product is live or done, so it is always a new push (republish: one that
     * stayed unconfirmed would otherwise be returned); the erpCode still excludes a second item on the platform.
     */
    private NewOperation createOp(Product p, long account) {
        List<String> media = media(p);
        Payloads.ProductCreate create = new Payloads.ProductCreate(p.name(), categoryOf(p.category()),
                defaults.shippingTemplateId(), media.isEmpty() ? List.of(defaults.placeholderImage()) : List.of(),
                p.description(), "P" + p.id(), p.skus().stream().map(s -> new Payloads.Sku(s.erpCode(), s.priceFen(),
                        s.originalPriceFen(), Math.max(0, s.stock()), s.barcode().isEmpty() ? null : s.barcode()))
                .toList(), media);
        return NewOperation.of(account, OperationKind.PRODUCT_CREATE, AGGREGATE, p.id(), codec.encode(create))
                .asRepublish();
    }

    /** The local category is free text; one written as a platform category id (e.g. cat-101) is used as it is. */
    private String categoryOf(String category) {
        return category != null && category.matches("cat-\\d+") ? category : defaults.categoryId();
    }

    private NewOperation op(State st, long productId, OperationKind kind, Object payload) {
        return NewOperation.of(st.accountId(), kind, AGGREGATE, productId, codec.encode(payload));
    }

    private void enqueue(Connection c, List<NewOperation> ops) throws SQLException {
        for (NewOperation op : ops) {
            outbox.enqueue(c, op);
        }
        if (!ops.isEmpty()) {
            wake.run();
        }
    }

    private static List<String> erpCodes(Connection c, long productId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT erp_code FROM sku WHERE product_id = ? ORDER BY position, id")) {
            ps.setLong(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
