package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.EnqueueResult;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.OutboxRepository;
import com.hongshu.studio.core.sync.Settlement;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The outbox over SQLite. Claims and transitions are single conditional UPDATEs run in autocommit mode, so they are
 * atomic across connections (other windows, other processes) with SQLite's write lock and busy timeout doing the
 * waiting; a candidate another dispatcher claimed first simply changes no row.
 */
public final class SqliteOutboxRepository implements OutboxRepository {

    private static final int CLAIM_CANDIDATES = 16;

    private final Database db;
    private final Clock clock;
    private final Supplier<String> keys;

    public SqliteOutboxRepository(Database db, Clock clock) {
        this(db, clock, () -> "hs-" + UUID.randomUUID());
    }

    public SqliteOutboxRepository(Database db, Clock clock, Supplier<String> idempotencyKeys) {
        this.db = db;
        this.clock = clock;
        this.keys = idempotencyKeys;
    }

    @Override
    public EnqueueResult enqueue(NewOperation operation) {
        return db.inTransaction(c -> enqueue(c, operation));
    }

    /** Queues the operation on the caller's connection, inside the caller's transaction (see {@link Database#inTransaction}). */
    public EnqueueResult enqueue(Connection c, NewOperation n) throws SQLException {
        takeWriteLock(c);
        boolean create = n.kind() == OperationKind.NOTE_CREATE || n.kind() == OperationKind.PRODUCT_CREATE;
        if (create && !n.republish()) {
            Optional<Operation> done = first(c, "SELECT " + OperationRows.COLUMNS + " FROM outbox_operation"
                    + " WHERE account_id = ? AND aggregate_type = ? AND aggregate_id = ? AND kind = ?"
                    + " AND status IN ('SUCCEEDED', 'UNCONFIRMED') ORDER BY id DESC LIMIT 1", n);
            if (done.isPresent()) {
                return new EnqueueResult(done.get(), EnqueueResult.Kind.ALREADY_DONE);
            }
        }
        Optional<Operation> live = liveTwin(c, n, create);
        if (live.isPresent()) {
            return new EnqueueResult(live.get(), EnqueueResult.Kind.DUPLICATE);
        }
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_operation (account_id, kind,"
                + " aggregate_type, aggregate_id, payload, idempotency_key, status, next_attempt_at, due_at,"
                + " deadline_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setLong(1, n.accountId());
            ps.setString(2, n.kind().name());
            ps.setString(3, n.aggregateType());
            ps.setLong(4, n.aggregateId());
            ps.setString(5, n.payload());
            ps.setString(6, keys.get());
            ps.setLong(7, now);
            OperationRows.setInstant(ps, 8, n.dueAt());
            OperationRows.setInstant(ps, 9, n.deadlineAt());
            ps.setLong(10, now);
            ps.setLong(11, now);
            if (ps.executeUpdate() == 0) {
                // Another connection queued the live create of this object between our check and the insert.
                return new EnqueueResult(liveTwin(c, n, true).orElseThrow(), EnqueueResult.Kind.DUPLICATE);
            }
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        return new EnqueueResult(OperationRows.byId(c, id).orElseThrow(), EnqueueResult.Kind.CREATED);
    }

    /**
     * Queues many operations in the caller's transaction as one batch, for a bulk change (a CSV import of 100,000
     * SKUs) where one {@link #enqueue(Connection, NewOperation)} per row would cost several statements each. It does
     * not look for live twins: the caller queues only operations that are new by construction (a create only for an
     * object without a live or succeeded create — the live-create index refuses a second one and fails the batch).
     * Returns the new operations' ids, in order.
     */
    public long[] enqueueBatch(Connection c, List<NewOperation> ops) throws SQLException {
        long[] ids = new long[ops.size()];
        if (ops.isEmpty()) {
            return ids;
        }
        takeWriteLock(c);
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM outbox_operation");
             ResultSet rs = ps.executeQuery()) {
            next = rs.next() ? rs.getLong(1) + 1 : 1;
        }
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_operation (id, account_id, kind,"
                + " aggregate_type, aggregate_id, payload, idempotency_key, status, next_attempt_at, due_at,"
                + " deadline_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ops.size(); i++) {
                NewOperation n = ops.get(i);
                ids[i] = next + i;
                ps.setLong(1, ids[i]);
                ps.setLong(2, n.accountId());
                ps.setString(3, n.kind().name());
                ps.setString(4, n.aggregateType());
                ps.setLong(5, n.aggregateId());
                ps.setString(6, n.payload());
                ps.setString(7, keys.get());
                ps.setLong(8, now);
                OperationRows.setInstant(ps, 9, n.dueAt());
                OperationRows.setInstant(ps, 10, n.deadlineAt());
                ps.setLong(11, now);
                ps.setLong(12, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids;
    }

    /**
     * Makes the transaction a writer before it reads: a deferred transaction that reads and then writes fails at once
     * with SQLITE_BUSY (no busy wait) when another connection wrote in between; one that starts by writing waits.
     * A no-op when the caller's transaction already wrote.
     */
    private static void takeWriteLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_operation SET id = id WHERE id = -1")) {
            ps.executeUpdate();
        }
    }

    private static Optional<Operation> liveTwin(Connection c, NewOperation n, boolean anyPayload) throws SQLException {
        String sql = "SELECT " + OperationRows.COLUMNS + " FROM outbox_operation"
                + " WHERE account_id = ? AND aggregate_type = ? AND aggregate_id = ? AND kind = ?"
                + " AND status IN " + OperationRows.in(OperationStatus.LIVE)
                + (anyPayload ? "" : " AND payload = ?") + " ORDER BY id LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, n.accountId());
            ps.setString(2, n.aggregateType());
            ps.setLong(3, n.aggregateId());
            ps.setString(4, n.kind().name());
            if (!anyPayload) {
                ps.setString(5, n.payload());
            }
            return OperationRows.one(ps);
        }
    }

    private static Optional<Operation> first(Connection c, String sql, NewOperation n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, n.accountId());
            ps.setString(2, n.aggregateType());
            ps.setLong(3, n.aggregateId());
            ps.setString(4, n.kind().name());
            return OperationRows.one(ps);
        }
    }

    @Override
    public Optional<Operation> find(long id) {
        return db.read(c -> OperationRows.byId(c, id));
    }

    @Override
    public List<Operation> list(OutboxQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + OperationRows.COLUMNS + " FROM outbox_operation WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.accountId() != null) {
            sql.append(" AND account_id = ?");
            args.add(q.accountId());
        }
        if (!q.statuses().isEmpty()) {
            sql.append(" AND status IN ").append(OperationRows.in(q.statuses()));
        }
        if (q.aggregateType() != null) {
            sql.append(" AND aggregate_type = ?");
            args.add(q.aggregateType());
        }
        if (q.aggregateId() != null) {
            sql.append(" AND aggregate_id = ?");
            args.add(q.aggregateId());
        }
        sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return db.read(c -> OperationRows.all(c, sql.toString(), args));
    }

    @Override
    public Map<OperationStatus, Integer> countByStatus() {
        return db.read(c -> {
            Map<OperationStatus, Integer> counts = new EnumMap<>(OperationStatus.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM outbox_operation GROUP BY status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(OperationStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    @Override
    public Optional<Operation> claimNext(Instant now, Instant leaseUntil, ClaimFilter filter) {
        return db.read(c -> {
            // Candidates are read first and the result set closed, so each claim below is its own write transaction.
            for (Operation candidate : OperationRows.candidates(c, now, filter, CLAIM_CANDIDATES)) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_operation SET status = 'IN_FLIGHT',"
                        + " lease_until = ?, claim_seq = claim_seq + 1, updated_at = ?"
                        + " WHERE id = ? AND status = ? AND claim_seq = ? AND next_attempt_at <= ?")) {
                    ps.setLong(1, leaseUntil.toEpochMilli());
                    ps.setLong(2, now.toEpochMilli());
                    ps.setLong(3, candidate.id());
                    ps.setString(4, candidate.status().name());
                    ps.setLong(5, candidate.claimSeq());
                    ps.setLong(6, now.toEpochMilli());
                    if (ps.executeUpdate() == 1) {
                        return OperationRows.byId(c, candidate.id());
                    }
                }
            }
            return Optional.<Operation>empty();
        });
    }

    @Override
    public int expireLeases(Instant now) {
        return update("UPDATE outbox_operation SET status = 'UNKNOWN', maybe_executed = 1, lease_until = NULL,"
                        + " next_attempt_at = ?, last_error_code = ?, last_error_message = ?, updated_at = ?"
                        + " WHERE status = 'IN_FLIGHT' AND lease_until < ?",
                now.toEpochMilli(), SyncErrors.LEASE_EXPIRED,
                "The studio stopped while sending; the platform will be checked first.", now.toEpochMilli(),
                now.toEpochMilli());
    }

    @Override
    public boolean saveStep(long id, long claimSeq, String stepState, Instant leaseUntil, Instant now) {
        return update("UPDATE outbox_operation SET step_state = ?, lease_until = ?, updated_at = ?"
                        + " WHERE id = ? AND status = 'IN_FLIGHT' AND claim_seq = ?",
                stepState, leaseUntil.toEpochMilli(), now.toEpochMilli(), id, claimSeq) == 1;
    }

    @Override
    public boolean settle(long id, long claimSeq, Settlement s, Instant now) {
        return update("UPDATE outbox_operation SET status = ?, next_attempt_at = ?, lease_until = NULL, attempts = ?,"
                        + " maybe_executed = ?, remote_id = ?, step_state = ?, verify_until = ?, last_error_code = ?,"
                        + " last_error_message = ?, updated_at = ? WHERE id = ? AND status = 'IN_FLIGHT' AND claim_seq = ?",
                s.status().name(), s.nextAttemptAt().toEpochMilli(), s.attempts(), s.maybeExecuted() ? 1 : 0,
                s.remoteId(), s.stepState(), OperationRows.millis(s.verifyUntil()), s.errorCode(), s.errorMessage(),
                now.toEpochMilli(), id, claimSeq) == 1;
    }

    @Override
    public List<Operation> waiting(Long accountId, OperationKind kind, Instant before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + OperationRows.COLUMNS + " FROM outbox_operation WHERE status IN "
                + OperationRows.in(OperationStatus.CLAIMABLE) + " AND next_attempt_at < ?");
        List<Object> args = new ArrayList<>(List.of(before.toEpochMilli()));
        if (accountId != null) {
            sql.append(" AND account_id = ?");
            args.add(accountId);
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
            args.add(kind.name());
        }
        sql.append(" ORDER BY next_attempt_at, id LIMIT ?");
        args.add(limit);
        return db.read(c -> OperationRows.all(c, sql.toString(), args));
    }

    @Override
    public int postpone(Map<Long, Instant> notBefore, Instant now) {
        return db.inTransaction(c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_operation SET next_attempt_at = ?,"
                    + " updated_at = ? WHERE id = ? AND status IN " + OperationRows.in(OperationStatus.CLAIMABLE)
                    + " AND next_attempt_at < ?")) {
                for (Map.Entry<Long, Instant> e : notBefore.entrySet()) {
                    ps.setLong(1, e.getValue().toEpochMilli());
                    ps.setLong(2, now.toEpochMilli());
                    ps.setLong(3, e.getKey());
                    ps.setLong(4, e.getValue().toEpochMilli());
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }

    /** Back to work: verify an OK'd note or product create, read back a maybe-executed write, else send. */
    private static final String REOPENED_STATUS = "CASE WHEN kind IN ('NOTE_CREATE', 'PRODUCT_CREATE')"
            + " AND remote_id IS NOT NULL"
            + " THEN 'VERIFYING' WHEN maybe_executed = 1 THEN 'UNKNOWN' ELSE 'PENDING' END";
    /** A deadline is moved later; a note still governed by its due time keeps none. */
    private static final String REOPENED_DEADLINE = "CASE WHEN due_at IS NOT NULL AND status <> 'MISSED'"
            + " AND deadline_at IS NULL THEN NULL WHEN deadline_at IS NULL OR deadline_at < ? THEN ? ELSE deadline_at END";

    /**
     * A value-setting operation (stock, price...) followed by a newer one of the same kind on the same object: sending
     * it now would overwrite the newer value.
     */
    private static final String SUPERSEDED = "(kind IN " + OperationRows.in(
            java.util.Arrays.stream(OperationKind.values()).filter(OperationKind::repeatSafe).toList())
            + " AND EXISTS (SELECT 1 FROM outbox_operation n WHERE n.account_id = outbox_operation.account_id"
            + " AND n.aggregate_type = outbox_operation.aggregate_type AND n.aggregate_id = outbox_operation.aggregate_id"
            + " AND n.kind = outbox_operation.kind AND n.id > outbox_operation.id AND n.status <> 'CANCELLED'))";

    @Override
    public boolean retryNow(long id, Instant now, Instant newDeadline) {
        return update("UPDATE outbox_operation SET status = " + REOPENED_STATUS + ", next_attempt_at = ?,"
                        + " due_at = CASE WHEN status = 'MISSED' THEN NULL ELSE due_at END,"
                        + " deadline_at = " + REOPENED_DEADLINE + ", updated_at = ?"
                        + " WHERE id = ? AND status IN " + OperationRows.in(OperationStatus.RETRYABLE_BY_USER)
                        + " AND NOT " + SUPERSEDED,
                now.toEpochMilli(), newDeadline.toEpochMilli(), newDeadline.toEpochMilli(), now.toEpochMilli(),
                id) == 1;
    }

    @Override
    public int releaseNeedsUser(long accountId, Instant now, Instant newDeadline) {
        return update("UPDATE outbox_operation SET status = " + REOPENED_STATUS + ", next_attempt_at = ?,"
                        + " deadline_at = " + REOPENED_DEADLINE + ", updated_at = ?"
                        + " WHERE account_id = ? AND status = 'NEEDS_USER'",
                now.toEpochMilli(), newDeadline.toEpochMilli(), newDeadline.toEpochMilli(), now.toEpochMilli(),
                accountId);
    }

    @Override
    public boolean cancel(long id, Instant now) {
        return update("UPDATE outbox_operation SET status = 'CANCELLED', updated_at = ?"
                        + " WHERE id = ? AND maybe_executed = 0 AND status IN " + OperationRows.in(OperationStatus.CANCELLABLE),
                now.toEpochMilli(), id) == 1;
    }

    @Override
    public Optional<Instant> nextWakeUp() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(t) FROM ("
                    + " SELECT MIN(next_attempt_at) AS t FROM outbox_operation WHERE status IN "
                    + OperationRows.in(OperationStatus.CLAIMABLE)
                    + " UNION ALL SELECT MIN(lease_until) FROM outbox_operation WHERE status = 'IN_FLIGHT')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long t = rs.getLong(1);
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(t));
            }
        });
    }

    private int update(String sql, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                OperationRows.bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }
}
