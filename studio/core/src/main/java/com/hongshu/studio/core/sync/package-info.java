/**
 * The outbox sync engine: what the user prepared reaches the platform exactly once, on time, even when the computer
 * was off, the network failed or the app was killed (docs: SYNC-ENGINE.md).
 *
 * <h2>How a feature uses it</h2>
 * In the transaction that saves the domain change, queue the push:
 * {@code db.inTransaction(c -> { saveNote(c, ...); return outbox.enqueue(c, NewOperation.of(account,
 * OperationKind.NOTE_CREATE, "note", noteId, json).dueAt(due)); })} (the SQLite repository's
 * {@code enqueue(Connection, NewOperation)}). The payload is opaque to the engine; the {@link
 * com.hongshu.studio.core.sync.RemoteGateway} turns it into platform calls. Show {@code OutboxRepository.list(...)} /
 * {@code countByStatus()}; offer {@link com.hongshu.studio.core.sync.SyncEngine#retryNow(long)},
 * {@link com.hongshu.studio.core.sync.SyncEngine#cancel(long)} and, after the user reconnected or verified an account,
 * {@link com.hongshu.studio.core.sync.SyncEngine#resumeAccount(long)}.
 *
 * The payloads are the records of {@link com.hongshu.studio.core.sync.Payloads} (one per kind), made text by a
 * {@link com.hongshu.studio.core.sync.PayloadCodec} (JSON, in the platform module); products are addressed by
 * {@code erpCode}, stock always as the absolute total. Pulled data (note statistics, daily figures, orders) is
 * delivered to the ports of {@link com.hongshu.studio.core.sync.PullSinks}.
 *
 * <h2>How the app drives it</h2>
 * From one background scheduler: call {@link com.hongshu.studio.core.sync.SyncEngine#runOnce()} until it is idle, then
 * again after a short tick (a few seconds) or right after an enqueue. A {@code StoreException} out of it (e.g. the
 * database stayed locked) is logged and the loop goes on: an operation left IN_FLIGHT becomes UNKNOWN when its lease
 * ends and is read back, never sent blindly.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>The idempotency key is generated once at enqueue and never changes; payloads never change after enqueue.</li>
 * <li>A write is re-sent only when its failure proves nothing was done, or a read-back showed it absent;
 * value-setting kinds ({@link com.hongshu.studio.core.sync.OperationKind#repeatSafe()}) are re-sent as they are.</li>
 * <li>Operations on one aggregate are dispatched in the order they were queued.</li>
 * <li>A note is SUCCEEDED only once a read-back saw it; a failed read never concludes.</li>
 * <li>The lease must be longer than the gateway's longest call, timeouts included.</li>
 * </ul>
 */
package com.hongshu.studio.core.sync;
