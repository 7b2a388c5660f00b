package com.hongshu.studio.core.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The outbox dispatcher. {@link #runOnce()} claims one due operation and takes it one step further; the app drives it
 * from its scheduler (no threads in here). Several engines — other windows, other processes — may run over the same
 * database: claims are atomic and every transition is fenced by the claim.
 *
 * <p>Policy: a write is sent again only when its failure proves nothing was done, or after a read-back showed it is
 * absent; the idempotency key never changes. Unknown outcomes are read back by natural key and adopted when found.
 * Auth needing the user and risk control pause only that account. Rate limits are remembered per scope and the
 * held-back queue is released with jitter. OK'd note creates are verified by read-back before they count.
 */
public final class SyncEngine {

    private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());

    private final OutboxRepository outbox;
    private final SyncAccountRepository accounts;
    private final RateLimitRepository limits;
    private final RemoteGateway gateway;
    private final Clock clock;
    private final SyncConfig config;
    private final Backoff backoff;
    private final NativeScheduling scheduling;
    private final Attempts attempts;

    public SyncEngine(OutboxRepository outbox, SyncAccountRepository accounts, RateLimitRepository limits,
                      RemoteGateway gateway, Clock clock, RandomGenerator random, SyncConfig config) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.limits = limits;
        this.gateway = gateway;
        this.clock = clock;
        this.config = config;
        this.backoff = new Backoff(config.baseDelay(), config.maxDelay(), random);
        this.scheduling = NativeScheduling.of(config);
        this.attempts = new Attempts(this);
    }

    /** Expires dead leases, then claims and handles at most one due operation. */
    public RunResult runOnce() {
        Instant now = clock.instant();
        int expired = outbox.expireLeases(now);
        List<RateLimit> active = limits.active(now);
        if (active.stream().anyMatch(l -> l.scope().type() == RateScope.Type.APP)) {
            return RunResult.idle(expired);
        }
        Optional<Operation> claimed = outbox.claimNext(now, now.plus(config.lease()), filter(active));
        if (claimed.isEmpty()) {
            return RunResult.idle(expired);
        }
        Operation op = claimed.get();
        Settlement settlement;
        try {
            settlement = attempts.handle(op);
        } catch (ClaimLost e) {
            return new RunResult(op.id(), null, expired, true);
        }
        boolean kept = outbox.settle(op.id(), op.claimSeq(), settlement, clock.instant());
        if (!kept) {
            LOG.log(System.Logger.Level.WARNING, "operation {0}: claim lost before settling as {1}", op.id(),
                    settlement.status());
        }
        return new RunResult(op.id(), kept ? settlement.status() : null, expired, !kept);
    }

    /** Runs steps until nothing is due or {@code maxSteps} were taken; returns the steps that handled an operation. */
    public int runUntilIdle(int maxSteps) {
        int handled = 0;
        for (int i = 0; i < maxSteps; i++) {
            if (runOnce().idle()) {
                break;
            }
            handled++;
        }
        return handled;
    }

    /** After the user reconnected or verified the account: the circuit closes and its waiting work is due again. */
    public int resumeAccount(long accountId) {
        Instant now = clock.instant();
        accounts.resume(accountId, now);
        return outbox.releaseNeedsUser(accountId, now, now.plus(config.defaultDeadline()));
    }

    /** The user's "try again now" (a MISSED note: "publish now"); a possibly executed one is read back first. */
    public boolean retryNow(long operationId) {
        Instant now = clock.instant();
        return outbox.retryNow(operationId, now, now.plus(config.defaultDeadline()));
    }

    public boolean cancel(long operationId) {
        return outbox.cancel(operationId, clock.instant());
    }

    private ClaimFilter filter(List<RateLimit> active) {
        Set<Long> excludedAccounts = new HashSet<>();
        Set<OperationKind> excludedKinds = new HashSet<>();
        Set<ClaimFilter.AccountKind> pairs = new HashSet<>();
        for (SyncAccount account : accounts.all()) {
            if (account.paused()) {
                excludedAccounts.add(account.id());
            }
        }
        for (RateLimit limit : active) {
            RateScope s = limit.scope();
            switch (s.type()) {
                case ACCOUNT -> excludedAccounts.add(s.accountId());
                case METHOD -> excludedKinds.add(s.kind());
                case ACCOUNT_METHOD -> pairs.add(new ClaimFilter.AccountKind(s.accountId(), s.kind()));
                case APP -> { }
            }
        }
        return new ClaimFilter(excludedAccounts, excludedKinds, pairs, null);
    }

    // --- used by Attempts -------------------------------------------------------------------------------------

    Instant now() {
        return clock.instant();
    }

    SyncConfig config() {
        return config;
    }

    Backoff backoff() {
        return backoff;
    }

    NativeScheduling scheduling() {
        return scheduling;
    }

    RemoteGateway gateway() {
        return gateway;
    }

    void saveStep(Operation op, MediaStep step, Instant now) {
        if (!outbox.saveStep(op.id(), op.claimSeq(), step.encode(), now.plus(config.lease()), now)) {
            throw new ClaimLost();
        }
    }

    void pauseAccount(long accountId, AccountState state, String reason, Instant now) {
        accounts.pause(accountId, state, reason, now);
    }

    /** Remembers the limit and moves the scope's queued operations (but {@code exceptId}) behind it, spread out. */
    void holdBack(RateScope scope, Instant until, String reason, long exceptId, Instant now) {
        limits.limit(scope, until, reason);
        List<Operation> queued = outbox.waiting(scope.accountId(), scope.kind(), until, 100_000);
        Map<Long, Instant> plan = new LinkedHashMap<>();
        for (Operation op : queued) {
            if (op.id() != exceptId) {
                plan.put(op.id(), until.plus(backoff.spread(config.releaseSpread())));
            }
        }
        if (!plan.isEmpty()) {
            outbox.postpone(plan, now);
        }
    }

    /** The moment after which the operation fails; a note with a due time is governed by its grace window instead. */
    Instant deadline(Operation op) {
        if (op.deadlineAt() != null) {
            return op.deadlineAt();
        }
        if (op.kind() == OperationKind.NOTE_CREATE && op.dueAt() != null) {
            return Instant.MAX;
        }
        return op.createdAt().plus(config.defaultDeadline());
    }

    static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("claim lost", null, false, false);
        }
    }
}
