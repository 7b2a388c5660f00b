package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading and binding {@code outbox_operation} rows. */
final class OperationRows {

    static final String COLUMNS = "id, account_id, kind, aggregate_type, aggregate_id, payload, idempotency_key,"
            + " step_state, status, attempts, claim_seq, maybe_executed, next_attempt_at, lease_until, due_at,"
            + " deadline_at, verify_until, remote_id, last_error_code, last_error_message, created_at, updated_at";

    private OperationRows() {
    }

    static Operation map(ResultSet rs) throws SQLException {
        return new Operation(rs.getLong(1), rs.getLong(2), OperationKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                OperationStatus.valueOf(rs.getString(9)), rs.getInt(10), rs.getLong(11), rs.getInt(12) != 0,
                instant(rs, 13), instant(rs, 14), instant(rs, 15), instant(rs, 16), instant(rs, 17), rs.getString(18),
                rs.getString(19), rs.getString(20), instant(rs, 21), instant(rs, 22));
    }

    static Optional<Operation> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox_operation WHERE id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    static Optional<Operation> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    static List<Operation> all(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args.toArray());
            List<Operation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /**
     * Due claimable rows the filter admits, with no earlier live operation on the same aggregate (changes reach the
     * platform in the order they were made), oldest due first.
     */
    static List<Operation> candidates(Connection c, Instant now, ClaimFilter filter, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS.replaceAll("(\\w+)(,|$)", "o.$1$2")
                + " FROM outbox_operation o WHERE o.status IN "
                + in(OperationStatus.CLAIMABLE) + " AND o.next_attempt_at <= ?");
        List<Object> args = new ArrayList<>(List.of(now.toEpochMilli()));
        if (filter.onlyAccount() != null) {
            sql.append(" AND o.account_id = ?");
            args.add(filter.onlyAccount());
        }
        if (!filter.excludedAccounts().isEmpty()) {
            sql.append(" AND o.account_id NOT IN (")
                    .append(filter.excludedAccounts().stream().map(id -> "?").collect(Collectors.joining(", ")))
                    .append(")");
            args.addAll(filter.excludedAccounts());
        }
        if (!filter.excludedKinds().isEmpty()) {
            sql.append(" AND o.kind NOT IN ").append(in(filter.excludedKinds()));
        }
        for (ClaimFilter.AccountKind pair : filter.excludedAccountKinds()) {
            sql.append(" AND NOT (o.account_id = ? AND o.kind = ?)");
            args.add(pair.accountId());
            args.add(pair.kind().name());
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM outbox_operation p WHERE p.account_id = o.account_id")
                .append(" AND p.aggregate_type = o.aggregate_type AND p.aggregate_id = o.aggregate_id")
                .append(" AND p.id < o.id AND p.status IN ").append(in(OperationStatus.LIVE)).append(")")
                .append(" ORDER BY o.next_attempt_at, o.id LIMIT ?");
        args.add(limit);
        return all(c, sql.toString(), args);
    }

    /** An SQL list of enum names, e.g. {@code ('PENDING', 'UNKNOWN')}; enum names need no escaping. */
    static String in(Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value.toEpochMilli());
        }
    }

    static Long millis(Instant value) {
        return value == null ? null : value.toEpochMilli();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
