package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Orders pulled from the platform into the stock ledger. A paid order line is a SALE row whose external reference
 * ({@code order:<orderId>:<line>}, unique in the ledger) makes a page delivered again count nothing twice. An unpaid
 * order holds stock: the hold is kept apart (table {@code stock_hold}) and the SKU's total does not move, as on the
 * platform, whose total includes held stock; the Products screen shows it as "held". Payment releases the hold and
 * writes the SALE; an order closed unpaid just releases it. Lines whose erpCode is not a local SKU are skipped.
 */
public final class LedgerOrders implements PullSinks.OrderSink {

    static final int UNPAID = 1;
    static final int PAID = 2;
    private static final System.Logger LOG = System.getLogger(LedgerOrders.class.getName());

    private final Database db;
    private final Clock clock;
    private final ProductPushes pushes;

    public LedgerOrders(Database db, Clock clock, ProductPushes pushes) {
        this.db = db;
        this.clock = clock;
        this.pushes = pushes;
    }

    static String reference(String orderId, int line) {
        return "order:" + orderId + ":" + line;
    }

    @Override
    public void accept(List<PullSinks.Order> rows) {
        db.inTransaction(c -> {
            for (PullSinks.Order o : rows) {
                for (int i = 0; i < o.lines().size(); i++) {
                    apply(c, o, i);
                }
            }
            return null;
        });
    }

    private void apply(Connection c, PullSinks.Order o, int index) throws SQLException {
        PullSinks.OrderLine line = o.lines().get(index);
        Long skuId = line.erpCode() == null ? null : skuOf(c, line.erpCode());
        if (skuId == null) {
            LOG.log(System.Logger.Level.INFO, "order {0}: no local SKU {1}", o.orderId(), line.erpCode());
            return;
        }
        if (o.status() == UNPAID) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO stock_hold (order_id, line, sku_id,"
                    + " qty, at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, o.orderId());
                ps.setInt(2, index);
                ps.setLong(3, skuId);
                ps.setLong(4, line.qty());
                ps.setLong(5, o.createdAt().toEpochMilli());
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM stock_hold WHERE order_id = ? AND line = ?")) {
            ps.setString(1, o.orderId());
            ps.setInt(2, index);
            ps.executeUpdate();
        }
        if (o.status() == PAID) {
            sale(c, o, index, skuId, line.qty());
        }
    }

    private void sale(Connection c, PullSinks.Order o, int index, long skuId, int qty) throws SQLException {
        long stock = SqliteProductRepository.stockOf(c, skuId);
        // The platform cannot sell what it does not have; a local total below the sale means local changes not yet
        // pushed. The ledger does not go negative: the shortfall is noted, and the local total pushed.
        long taken = Math.min(qty, stock);
        long balance = stock - taken;
        Instant at = o.paidAt() != null ? o.paidAt() : o.updatedAt();
        String note = "order " + o.orderId() + (taken < qty ? " (short " + (qty - taken) + ")" : "");
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO stock_movement (sku_id, kind, quantity,"
                + " balance_after, note, at, external_ref) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, skuId);
            ps.setString(2, MovementKind.SALE.name());
            ps.setLong(3, -taken);
            ps.setLong(4, balance);
            ps.setString(5, note);
            ps.setLong(6, at == null ? clock.millis() : at.toEpochMilli());
            ps.setString(7, reference(o.orderId(), index));
            if (ps.executeUpdate() == 0) {
                return; // delivered before
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sku SET stock = ? WHERE id = ?")) {
            ps.setLong(1, balance);
            ps.setLong(2, skuId);
            ps.executeUpdate();
        }
        pushes.stockChanged(c, skuId, balance, taken < qty || at == null ? null : at);
    }

    private static Long skuOf(Connection c, String erpCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE erp_code = ?")) {
            ps.setString(1, erpCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
