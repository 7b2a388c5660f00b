package com.hongshu.studio.core.sync;

import java.time.Duration;
import java.time.Instant;

/** One step of one claimed operation: read back or verify, decide the schedule, prepare media, send, classify. */
final class Attempts {

    private static final System.Logger LOG = System.getLogger(Attempts.class.getName());

    private final SyncEngine engine;

    Attempts(SyncEngine engine) {
        this.engine = engine;
    }

    Settlement handle(Operation claimed) {
        Operation op = claimed;
        if (Settlements.verified(op.kind()) && op.remoteId() != null) {
            return verify(op);
        }
        if (op.maybeExecuted() && op.kind().createsObject()) {
            Lookup found = lookup(op);
            if (found instanceof Lookup.Found f) {
                return Settlements.succeeded(op, op.attempts() + 1, f.remoteId(), engine.now());
            }
            if (found instanceof Lookup.CannotTell c) {
                return cannotTell(op, c);
            }
            op = op.withMaybeExecuted(false); // provably absent: sending again (same key) cannot duplicate
        }
        Instant now = engine.now();
        if (now.isAfter(engine.deadline(op))) {
            return Settlements.ended(op, OperationStatus.FAILED, op.attempts(), now, SyncErrors.DEADLINE,
                    "The deadline passed before the platform confirmed it.");
        }
        Instant postTime = null;
        if (op.kind() == OperationKind.NOTE_CREATE && op.dueAt() != null) {
            ScheduleDecision decision = engine.scheduling().decide(op.dueAt(), now);
            if (decision instanceof ScheduleDecision.SubmitWithPostTime s) {
                postTime = s.at();
            } else if (decision instanceof ScheduleDecision.HoldUntil h) {
                return Settlements.hold(op, h.until());
            } else if (decision instanceof ScheduleDecision.PublishLocallyAt p) {
                return Settlements.hold(op, p.at());
            } else if (decision instanceof ScheduleDecision.Missed) {
                return Settlements.ended(op, OperationStatus.MISSED, op.attempts(), now, SyncErrors.MISSED,
                        "The scheduled time passed while the studio was not running.");
            }
        }
        MediaStep media = null;
        if (engine.gateway().needsMedia(op)) {
            MediaStep step = MediaStep.decode(op.stepState());
            Duration margin = engine.config().mediaPermitMargin();
            if (step != null && step.usableAt(now, margin)) {
                media = step;
            } else {
                MediaResult prepared = prepareMedia(op, step != null && step.pollableAt(now, margin) ? step : null);
                now = engine.now();
                if (prepared instanceof MediaResult.Ready r) {
                    engine.saveStep(op, r.step(), now);
                    media = r.step();
                    op = op.withStepState(r.step().encode());
                } else if (prepared instanceof MediaResult.Processing p) {
                    return retry(op.withStepState(p.step().encode()), null, SyncErrors.MEDIA_PROCESSING,
                            "The pictures are still being processed.");
                } else if (prepared instanceof MediaResult.Failed f) {
                    return retry(op.withStepState(null), null, SyncErrors.MEDIA_FAILED, f.message());
                } else if (prepared instanceof MediaResult.Rejected r) {
                    return Settlements.ended(op.withStepState(null), OperationStatus.FAILED, op.attempts() + 1, now,
                            SyncErrors.MATERIAL_REJECTED, r.media());
                } else {
                    return apply(op.withStepState(null), ((MediaResult.Error) prepared).outcome(), false);
                }
            }
        }
        Outcome outcome;
        try {
            outcome = engine.gateway().execute(new ExecuteRequest(op, media, postTime));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "operation " + op.id() + ": gateway failed unexpectedly", e);
            outcome = new Outcome.UnknownOutcome(SyncErrors.INTERNAL, String.valueOf(e.getMessage()));
        }
        return apply(op, outcome, true);
    }

    /** {@code sent}: the write itself was sent (false when the failure came from preparing its media). */
    private Settlement apply(Operation op, Outcome outcome, boolean sent) {
        Instant now = engine.now();
        int n = op.attempts() + 1;
        if (outcome instanceof Outcome.Ok ok) {
            if (Settlements.verified(op.kind()) && !engine.config().verifyWindow().isZero()) {
                Instant next = now.plus(engine.backoff().delay(0, engine.config().verifyFirstCheck()));
                // A product sent again after a false success keeps the window of its first OK: it ends.
                Instant until = op.kind() == OperationKind.PRODUCT_CREATE && op.verifyUntil() != null
                        ? op.verifyUntil() : now.plus(engine.config().verifyWindow());
                return Settlements.verifying(op, n, ok.remoteId(), until, next.isAfter(until) ? until : next);
            }
            return Settlements.succeeded(op, n, ok.remoteId(), now);
        }
        if (outcome instanceof Outcome.AlreadyExists a) {
            return Settlements.succeeded(op, n, a.remoteId(), now);
        }
        if (outcome instanceof Outcome.RetryableNotExecuted r) {
            return retry(op, r.retryAfter(), SyncErrors.NOT_EXECUTED, detail(r.code(), r.message()));
        }
        if (outcome instanceof Outcome.UnknownOutcome u) {
            if (!sent) {
                return retry(op, null, SyncErrors.MEDIA_FAILED, detail(u.code(), u.message()));
            }
            Instant next = now.plus(engine.backoff().delay(n - 1, engine.config().unknownFirstCheck()));
            return Settlements.unknown(op, n, next, SyncErrors.UNKNOWN_OUTCOME, detail(u.code(), u.message()));
        }
        if (outcome instanceof Outcome.RateLimited rl) {
            return rateLimited(op, n, rl, now);
        }
        if (outcome instanceof Outcome.AuthNeedsUser a) {
            engine.pauseAccount(op.accountId(), AccountState.PAUSED_AUTH, a.message(), now);
            return Settlements.ended(op, OperationStatus.NEEDS_USER, n, now, SyncErrors.AUTH_NEEDS_USER,
                    detail(a.code(), a.message()));
        }
        if (outcome instanceof Outcome.RiskControl r) {
            engine.pauseAccount(op.accountId(), AccountState.PAUSED_RISK, r.message(), now);
            return Settlements.ended(op, OperationStatus.NEEDS_USER, n, now, SyncErrors.RISK_CONTROL,
                    detail(r.code(), r.message()));
        }
        if (outcome instanceof Outcome.Validation v) {
            return Settlements.ended(op, OperationStatus.FAILED, n, now, SyncErrors.VALIDATION, v.message());
        }
        if (outcome instanceof Outcome.ConflictBug c) {
            LOG.log(System.Logger.Level.ERROR, "operation {0}: idempotency key {1} reused with other parameters ({2})",
                    op.id(), op.idempotencyKey(), detail(c.code(), c.message()));
            return Settlements.ended(op, OperationStatus.FAILED, n, now, SyncErrors.CONFLICT_BUG,
                    detail(c.code(), c.message()));
        }
        if (outcome instanceof Outcome.PlatformChanged p) {
            LOG.log(System.Logger.Level.ERROR, "operation {0}: the platform reply changed: {1}", op.id(),
                    detail(p.code(), p.message()));
            Operation marked = sent ? op.withMaybeExecuted(true) : op;
            return Settlements.ended(marked, OperationStatus.FAILED, n, now, SyncErrors.PLATFORM_CHANGED,
                    detail(p.code(), p.message()));
        }
        if (outcome instanceof Outcome.PostTimeRefused p && op.dueAt() != null) {
            // Held until the due time, when the schedule decision is "publish now": no postTime is sent then.
            return Settlements.later(op, OperationStatus.PENDING, n, op.dueAt().isAfter(now) ? op.dueAt() : now,
                    SyncErrors.NATIVE_SCHEDULE_REFUSED, detail(p.code(), p.message()));
        }
        if (outcome instanceof Outcome.PostTimeRefused p) {
            return Settlements.ended(op, OperationStatus.FAILED, n, now, SyncErrors.VALIDATION,
                    detail(p.code(), p.message()));
        }
        Outcome.MediaInvalid m = (Outcome.MediaInvalid) outcome;
        return retry(op.withStepState(null), null, SyncErrors.MEDIA_INVALID, detail(m.code(), m.message()));
    }

    private Settlement verify(Operation op) {
        Lookup lookup = lookup(op);
        Instant now = engine.now();
        int n = op.attempts() + 1;
        if (lookup instanceof Lookup.Found f) {
            return Settlements.succeeded(op, n, f.remoteId(), now);
        }
        if (lookup instanceof Lookup.CannotTell c && c.cause() != null && pausesOrLimits(c.cause())) {
            return apply(op, c.cause(), false);
        }
        if (lookup instanceof Lookup.CannotTell c) {
            // Only a well-formed answer can prove the note absent: a failed read never concludes, whatever the window.
            String code = c.cause() instanceof Outcome.PlatformChanged ? SyncErrors.PLATFORM_CHANGED
                    : SyncErrors.READ_BACK_FAILED;
            return Settlements.later(op, OperationStatus.VERIFYING, n, now.plus(engine.backoff().delay(n - 1, null)),
                    code, c.message());
        }
        Instant until = op.verifyUntil() != null ? op.verifyUntil() : now;
        if (op.kind() == OperationKind.PRODUCT_CREATE) {
            return productAbsent(op, n, now, until);
        }
        if (now.isBefore(until)) {
            Instant next = now.plus(engine.backoff().delay(n - 1, null));
            return Settlements.later(op, OperationStatus.VERIFYING, n, next.isAfter(until) ? until : next,
                    null, null);
        }
        return Settlements.ended(op, OperationStatus.UNCONFIRMED, n, now, SyncErrors.FALSE_SUCCESS,
                "The platform said it was published, but the note cannot be found.");
    }

    /**
     * A product create said OK but its erpCode finds nothing: the read-back proved it absent, so it is sent again (a
     * duplicate is excluded by the erpCode, unique per seller: the platform answers 3003 and the existing item is
     * adopted). Still absent when the window of the first OK ends: unconfirmed, shown to the user.
     */
    private Settlement productAbsent(Operation op, int n, Instant now, Instant until) {
        if (now.isBefore(until)) {
            Instant next = now.plus(engine.backoff().delay(n - 1, null));
            return new Settlement(OperationStatus.WAITING_RETRY, next, n, false, null, op.stepState(),
                    op.verifyUntil(), SyncErrors.PRODUCT_UNCONFIRMED,
                    "The platform said the product was created, but its SKU code finds nothing.");
        }
        return new Settlement(OperationStatus.UNCONFIRMED, now, n, false, null, op.stepState(), op.verifyUntil(),
                SyncErrors.PRODUCT_UNCONFIRMED, "The platform said the product was created, but it cannot be found.");
    }

    private Settlement cannotTell(Operation op, Lookup.CannotTell c) {
        Instant now = engine.now();
        int n = op.attempts() + 1;
        if (c.cause() != null && pausesOrLimits(c.cause())) {
            return apply(op, c.cause(), false);
        }
        String code = c.cause() instanceof Outcome.PlatformChanged ? SyncErrors.PLATFORM_CHANGED
                : SyncErrors.READ_BACK_FAILED;
        if (now.isAfter(engine.deadline(op))) {
            return Settlements.ended(op, OperationStatus.FAILED, n, now, SyncErrors.UNRESOLVED, c.message());
        }
        return Settlements.unknown(op, n, now.plus(engine.backoff().delay(n - 1, null)), code, c.message());
    }

    private static boolean pausesOrLimits(Outcome o) {
        return o instanceof Outcome.RateLimited || o instanceof Outcome.AuthNeedsUser
                || o instanceof Outcome.RiskControl;
    }

    /** Not done: try again after a jittered backoff (at least {@code floor}), unless that passes the deadline. */
    private Settlement retry(Operation op, Duration floor, String code, String message) {
        Instant now = engine.now();
        int n = op.attempts() + 1;
        Instant next = now.plus(engine.backoff().delay(n - 1, floor));
        if (next.isAfter(engine.deadline(op)) && !op.maybeExecuted()) {
            return Settlements.ended(op, OperationStatus.FAILED, n, now, SyncErrors.DEADLINE, message);
        }
        return Settlements.later(op, Settlements.waiting(op), n, next, code, message);
    }

    private Settlement rateLimited(Operation op, int n, Outcome.RateLimited rl, Instant now) {
        RateScope scope = switch (rl.scope()) {
            case APP -> RateScope.app();
            case METHOD -> RateScope.method(op.kind());
            case ACCOUNT -> RateScope.account(op.accountId());
            case ACCOUNT_METHOD -> RateScope.accountMethod(op.accountId(), op.kind());
        };
        Instant until = now.plus(rl.retryAfter() != null ? rl.retryAfter() : engine.backoff().ceiling(n - 1));
        if (rl.resetAt() != null && rl.resetAt().isAfter(until)) {
            until = rl.resetAt();
        }
        engine.holdBack(scope, until, rl.code(), op.id(), now);
        Instant next = until.plus(engine.backoff().spread(engine.config().releaseSpread()));
        String message = "The platform asked to slow down until " + until + ".";
        if (next.isAfter(engine.deadline(op)) && !op.maybeExecuted()) {
            return Settlements.ended(op, OperationStatus.FAILED, n, now, SyncErrors.DEADLINE, message);
        }
        return Settlements.later(op, Settlements.waiting(op), n, next, SyncErrors.RATE_LIMITED,
                detail(rl.code(), message));
    }

    private Lookup lookup(Operation op) {
        try {
            return engine.gateway().lookup(op);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "operation " + op.id() + ": read-back failed unexpectedly", e);
            return new Lookup.CannotTell(null, String.valueOf(e.getMessage()));
        }
    }

    private MediaResult prepareMedia(Operation op, MediaStep processing) {
        try {
            return engine.gateway().prepareMedia(op, processing);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "operation " + op.id() + ": media failed unexpectedly", e);
            return new MediaResult.Failed(SyncErrors.INTERNAL, String.valueOf(e.getMessage()));
        }
    }

    private static String detail(String code, String message) {
        if (code == null || code.isBlank()) {
            return message;
        }
        return message == null || message.isBlank() ? code : code + ": " + message;
    }
}
