package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox table. Every state change is one conditional UPDATE that names the status it expects (and, out of
 * IN_FLIGHT, the claim's fencing token), and reports whether it happened; nothing is read-modify-written in memory.
 * The SQLite implementation also offers {@code enqueue(Connection, NewOperation)} so a feature can queue the push in
 * the same transaction as its own change.
 */
public interface OutboxRepository {

    /**
     * Queues an operation in its own transaction, generating its idempotency key. The same change queued twice while
     * the first is still live (same kind, aggregate and payload; or any live create of the aggregate) returns the
     * first; a create of an aggregate whose create already succeeded returns that one unless {@code republish}.
     */
    EnqueueResult enqueue(NewOperation operation);

    Optional<Operation> find(long id);

    List<Operation> list(OutboxQuery query);

    /** How many operations are in each status (the status-bar badge); statuses with none are absent. */
    Map<OperationStatus, Integer> countByStatus();

    /**
     * Claims the next due operation admitted by {@code filter}: CLAIMABLE, {@code next_attempt_at <= now}, and no
     * earlier live operation on the same aggregate. The claim is one conditional UPDATE to IN_FLIGHT that counts only
     * if exactly one row changed; a row another dispatcher took first is skipped. The returned operation is the row as
     * claimed (status IN_FLIGHT, new claimSeq and lease).
     */
    Optional<Operation> claimNext(Instant now, Instant leaseUntil, ClaimFilter filter);

    /** IN_FLIGHT rows whose lease ended become UNKNOWN with {@code maybeExecuted} (never PENDING). Returns how many. */
    int expireLeases(Instant now);

    /** Records step progress (uploaded media) during an attempt and extends the lease; false if the claim was lost. */
    boolean saveStep(long id, long claimSeq, String stepState, Instant leaseUntil, Instant now);

    /** Ends an attempt: IN_FLIGHT with this claimSeq -> the settlement. False if the claim was lost meanwhile. */
    boolean settle(long id, long claimSeq, Settlement settlement, Instant now);

    /**
     * Claimable operations due before {@code before}, optionally limited to one account and/or kind, oldest first:
     * the queue a rate limit is about to hold back.
     */
    List<Operation> waiting(Long accountId, OperationKind kind, Instant before, int limit);

    /** Moves each given claimable operation's next attempt to the given moment if it was earlier. Returns how many. */
    int postpone(Map<Long, Instant> notBefore, Instant now);

    /**
     * The user's "try again now": due at once; an operation that may have been executed is first read back (UNKNOWN);
     * a MISSED note is published now. Only from {@link OperationStatus#RETRYABLE_BY_USER}, and not for a value-setting
     * operation (stock, price...) that a newer one of the same kind on the same object superseded (it would overwrite
     * the newer value). The deadline becomes {@code newDeadline} when later.
     */
    boolean retryNow(long id, Instant now, Instant newDeadline);

    /**
     * After the account was reconnected / verified: its NEEDS_USER operations are due again (read back first when
     * they may have been executed); a deadline earlier than {@code newDeadline} is moved to it. Returns how many.
     */
    int releaseNeedsUser(long accountId, Instant now, Instant newDeadline);

    /**
     * Withdraws an operation from {@link OperationStatus#CANCELLABLE} — refused (false) when it may already have
     * reached the platform: that one must be read back first.
     */
    boolean cancel(long id, Instant now);

    /** The earliest moment something becomes claimable or a lease ends; empty when the queue is idle. */
    Optional<Instant> nextWakeUp();
}
