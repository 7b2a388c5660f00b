package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.ExecuteRequest;
import com.hongshu.studio.core.sync.Lookup;
import com.hongshu.studio.core.sync.MediaResult;
import com.hongshu.studio.core.sync.MediaStep;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.core.sync.RemoteGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform as the sandbox models it, in memory, behind the gateway port: objects by natural key, the
 * idempotency store (switchable), media permits, and faults — scripted for the next calls or random.
 */
final class FakePlatform implements RemoteGateway {

    enum Fault {
        /** Connection refused: provably not executed. */
        REFUSED,
        /** The request is lost before the platform sees it; the client only sees a timeout. */
        DROP_BEFORE_COMMIT,
        /** Done, reply lost. */
        DROP_AFTER_COMMIT,
        /** Done, then a 5000. */
        SERVER_ERROR_AFTER_COMMIT,
        IN_FLIGHT_1402,
        CONFLICT_1401,
        THROTTLE,
        DAILY_CAP,
        RISK_CONTROL,
        AUTH_REVOKED,
        VALIDATION,
        /** Says OK, never appears. */
        FALSE_SUCCESS,
        /** Done, but the reply is an HTML page. */
        HTML_200,
        MEDIA_EXPIRED,
        /** The app dies before the request leaves. */
        CRASH_BEFORE,
        /** The app dies after the platform committed. */
        CRASH_AFTER,
        /** For lookups: the read fails. */
        LOOKUP_FAILS,
        /** 2006 for a note sent with postTime (the platform's clock runs ahead of ours). */
        POST_TIME_REFUSED
    }

    /** Thrown through the engine to simulate the process dying (an Error: the engine does not catch it). */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }

    /** {@code clientRef}: notes carry the operation's idempotency key, so each publication is found as itself. */
    record Remote(String id, String naturalKey, String clientRef, String payload, List<String> fileIds,
                  Instant postTime) {
    }

    private final Clock clock;
    private final Map<String, List<Remote>> objects = new LinkedHashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> replay = new HashMap<>();
    private final Map<String, String> keyPayload = new HashMap<>();
    private final Map<String, Instant> permits = new HashMap<>();
    private final Map<String, Integer> processingLeft = new HashMap<>();
    private final Deque<Fault> scriptedExecute = new ArrayDeque<>();
    private final Deque<Fault> scriptedLookup = new ArrayDeque<>();
    private final Deque<Fault> scriptedMedia = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    final List<String> executedKeys = new ArrayList<>();
    final List<Instant> executeTimes = new ArrayList<>();
    /** Things the engine must never do (asserted empty by the tests). */
    final List<String> violations = new ArrayList<>();
    int lookups;
    /** Random faults injected, by kind. */
    final Map<Fault, Integer> injected = new java.util.EnumMap<>(Fault.class);
    int uploads;
    int polls;
    boolean idempotency = true;
    Duration permitTtl = Duration.ofHours(1);
    int processingPollsPerUpload = 0;
    int filesPerUpload = 2;
    Duration retryAfter = Duration.ofSeconds(30);
    Instant capResetAt;
    private Random random;
    private double faultRate;
    private double crashRate;
    private List<Fault> randomFaults = List.of();

    FakePlatform(Clock clock) {
        this.clock = clock;
    }

    synchronized FakePlatform failNextExecute(Fault... faults) {
        scriptedExecute.addAll(List.of(faults));
        return this;
    }

    synchronized FakePlatform failNextLookup(Fault... faults) {
        scriptedLookup.addAll(List.of(faults));
        return this;
    }

    synchronized FakePlatform failNextMedia(Fault... faults) {
        scriptedMedia.addAll(List.of(faults));
        return this;
    }

    /** Each call fails with {@code rate} (a fault allowed for that call, uniformly), and crashes with {@code crashRate}. */
    synchronized void randomFaults(Random random, double rate, double crashRate, List<Fault> faults) {
        this.random = random;
        this.crashRate = crashRate;
        this.faultRate = rate;
        this.randomFaults = List.copyOf(faults);
    }

    static String naturalKey(Operation op) {
        return op.accountId() + "/" + op.aggregateKey();
    }

    synchronized List<Remote> objects(String naturalKey) {
        return List.copyOf(objects.getOrDefault(naturalKey, List.of()));
    }

    synchronized Map<String, List<Remote>> allObjects() {
        return Map.copyOf(objects);
    }

    synchronized String value(String naturalKey) {
        return values.get(naturalKey);
    }

    private Fault next(Deque<Fault> scripted, List<Fault> allowed) {
        if (!scripted.isEmpty()) {
            return scripted.poll();
        }
        if (random == null) {
            return null;
        }
        Fault f = null;
        if (random.nextDouble() < crashRate) {
            f = random.nextBoolean() && allowed.contains(Fault.CRASH_AFTER) ? Fault.CRASH_AFTER : Fault.CRASH_BEFORE;
        } else if (random.nextDouble() < faultRate) {
            List<Fault> possible = randomFaults.stream().filter(allowed::contains).toList();
            f = possible.get(random.nextInt(possible.size()));
        }
        if (f != null) {
            injected.merge(f, 1, Integer::sum);
        }
        return f;
    }

    @Override
    public synchronized Outcome execute(ExecuteRequest request) {
        Operation op = request.operation();
        Fault fault = next(scriptedExecute, List.of(Fault.values()));
        boolean noteOnly = fault == Fault.FALSE_SUCCESS || fault == Fault.MEDIA_EXPIRED;
        if (fault == Fault.LOOKUP_FAILS || noteOnly && op.kind() != OperationKind.NOTE_CREATE
                || fault == Fault.POST_TIME_REFUSED && request.postTime() == null) {
            fault = null; // the sandbox's false_success and media faults concern notes
        }
        if (fault == Fault.CRASH_BEFORE) {
            throw new SimulatedCrash();
        }
        if (fault != null) {
            switch (fault) {
                case REFUSED: return new Outcome.RetryableNotExecuted("connect", "connection refused", null);
                case DROP_BEFORE_COMMIT: return new Outcome.UnknownOutcome("timeout", "read timed out");
                case IN_FLIGHT_1402: return new Outcome.RetryableNotExecuted("1402", "still in flight", Duration.ofSeconds(2));
                case CONFLICT_1401: return new Outcome.ConflictBug("1401", "key reused with other parameters");
                case THROTTLE: return new Outcome.RateLimited("1201", Outcome.RateLimited.Scope.APP, retryAfter, null);
                case DAILY_CAP:
                    return new Outcome.RateLimited("1203", Outcome.RateLimited.Scope.ACCOUNT_METHOD, null,
                            capResetAt != null ? capResetAt : clock.instant().plus(Duration.ofHours(6)));
                case RISK_CONTROL: return new Outcome.RiskControl("1301", "verification required");
                case AUTH_REVOKED: return new Outcome.AuthNeedsUser("1105", "authorization revoked");
                case VALIDATION: return new Outcome.Validation("2002", "The title is too long (at most 20).");
                case MEDIA_EXPIRED: return new Outcome.MediaInvalid("2010", "permit expired");
                case POST_TIME_REFUSED: return new Outcome.PostTimeRefused("2006", "postTime out of range");
                default: break;
            }
        }
        if (op.kind() == OperationKind.NOTE_CREATE) {
            if (request.media() == null || request.media().fileIds().isEmpty()) {
                return new Outcome.Validation("2001", "a note needs pictures");
            }
            for (String fileId : request.media().fileIds()) {
                Instant expiry = permits.get(fileId);
                if (expiry == null || !clock.instant().isBefore(expiry) || processingLeft.getOrDefault(fileId, 0) > 0) {
                    return processingLeft.getOrDefault(fileId, 0) > 0
                            ? new Outcome.RetryableNotExecuted("2009", "still processing", null)
                            : new Outcome.MediaInvalid("2008", "file missing or expired");
                }
            }
        }
        String id = commit(op, request, fault == Fault.FALSE_SUCCESS);
        if (fault == null || fault == Fault.FALSE_SUCCESS) {
            return id.startsWith("dup:") ? new Outcome.AlreadyExists(id.substring(4)) : new Outcome.Ok(id);
        }
        return switch (fault) {
            case DROP_AFTER_COMMIT -> new Outcome.UnknownOutcome("timeout", "reply lost");
            case SERVER_ERROR_AFTER_COMMIT -> new Outcome.UnknownOutcome("5000", "internal error");
            case HTML_200 -> new Outcome.PlatformChanged("html", "an HTML page instead of JSON");
            case CRASH_AFTER -> throw new SimulatedCrash();
            default -> throw new IllegalStateException(fault.toString());
        };
    }

    /** Applies the write; returns the remote id, prefixed "dup:" when a natural-key duplicate was refused (3003). */
    private String commit(Operation op, ExecuteRequest request, boolean falseSuccess) {
        executedKeys.add(op.idempotencyKey());
        executeTimes.add(clock.instant());
        if (idempotency) {
            String earlier = keyPayload.get(op.idempotencyKey());
            if (earlier != null && !earlier.equals(op.payload())) {
                violations.add("payload changed under key " + op.idempotencyKey());
            }
            if (replay.containsKey(op.idempotencyKey())) {
                return replay.get(op.idempotencyKey());
            }
            keyPayload.put(op.idempotencyKey(), op.payload());
        }
        String key = naturalKey(op);
        String id = null;
        if (op.kind().createsObject()) {
            List<Remote> existing = objects.getOrDefault(key, List.of());
            if (op.kind() == OperationKind.PRODUCT_CREATE && !existing.isEmpty()) {
                id = "dup:" + existing.get(0).id(); // erpCode unique per seller
            } else {
                id = (op.kind() == OperationKind.NOTE_CREATE ? "note-" : "item-") + ids.incrementAndGet();
                if (!falseSuccess) {
                    objects.computeIfAbsent(key, k -> new ArrayList<>()).add(new Remote(id, key, op.idempotencyKey(), op.payload(),
                            request.media() == null ? List.of() : request.media().fileIds(), request.postTime()));
                }
            }
        } else if (op.kind() == OperationKind.NOTE_CANCEL || op.kind() == OperationKind.NOTE_DELETE) {
            objects.remove(key);
            values.put(key, op.kind().name());
            id = "gone-" + ids.incrementAndGet();
        } else {
            values.put(key, op.payload());
            id = "set-" + ids.incrementAndGet();
        }
        if (idempotency) {
            replay.put(op.idempotencyKey(), id);
        }
        return id;
    }

    @Override
    public synchronized Lookup lookup(Operation op) {
        lookups++;
        Fault fault = next(scriptedLookup, List.of(Fault.LOOKUP_FAILS, Fault.HTML_200, Fault.THROTTLE, Fault.CRASH_BEFORE));
        if (fault == Fault.CRASH_BEFORE) {
            throw new SimulatedCrash();
        }
        if (fault == Fault.LOOKUP_FAILS) {
            return Lookup.cannotTell("read timed out");
        }
        if (fault == Fault.HTML_200) {
            return new Lookup.CannotTell(new Outcome.PlatformChanged("html", "an HTML page"), "platform changed");
        }
        if (fault == Fault.THROTTLE) {
            return new Lookup.CannotTell(new Outcome.RateLimited("1201", Outcome.RateLimited.Scope.APP, retryAfter,
                    null), "throttled");
        }
        List<Remote> found = objects.getOrDefault(naturalKey(op), List.of());
        if (op.remoteId() != null) {
            return found.stream().anyMatch(r -> r.id().equals(op.remoteId()))
                    ? Lookup.found(op.remoteId()) : Lookup.absent();
        }
        if (op.kind() == OperationKind.NOTE_CREATE) {
            return found.stream().filter(r -> r.clientRef().equals(op.idempotencyKey())).findFirst()
                    .map(r -> Lookup.found(r.id())).orElse(Lookup.absent());
        }
        return found.isEmpty() ? Lookup.absent() : Lookup.found(found.get(0).id());
    }

    @Override
    public synchronized MediaResult prepareMedia(Operation op, MediaStep processing) {
        Fault fault = next(scriptedMedia, List.of(Fault.REFUSED, Fault.DROP_AFTER_COMMIT, Fault.THROTTLE,
                Fault.CRASH_BEFORE));
        if (fault == Fault.CRASH_BEFORE) {
            throw new SimulatedCrash();
        }
        if (fault == Fault.REFUSED) {
            return new MediaResult.Failed("connect", "connection refused");
        }
        if (fault == Fault.DROP_AFTER_COMMIT) {
            return new MediaResult.Error(new Outcome.UnknownOutcome("timeout", "upload reply lost"));
        }
        if (fault == Fault.THROTTLE) {
            return new MediaResult.Error(new Outcome.RateLimited("1201", Outcome.RateLimited.Scope.APP, retryAfter, null));
        }
        if (processing != null) {
            polls++;
            boolean ready = true;
            for (String fileId : processing.fileIds()) {
                int left = processingLeft.getOrDefault(fileId, 0);
                if (left > 0) {
                    processingLeft.put(fileId, left - 1);
                }
                ready &= left <= 1;
            }
            MediaStep step = new MediaStep(ready ? MediaStep.State.READY : MediaStep.State.PROCESSING,
                    processing.fileIds(), processing.permitExpiresAt());
            return ready ? new MediaResult.Ready(step) : new MediaResult.Processing(step);
        }
        uploads++;
        Instant expiry = clock.instant().plus(permitTtl);
        List<String> fileIds = new ArrayList<>();
        for (int i = 0; i < filesPerUpload; i++) {
            String fileId = "file-" + ids.incrementAndGet();
            permits.put(fileId, expiry);
            processingLeft.put(fileId, processingPollsPerUpload);
            fileIds.add(fileId);
        }
        MediaStep step = new MediaStep(processingPollsPerUpload > 0 ? MediaStep.State.PROCESSING : MediaStep.State.READY,
                fileIds, expiry);
        return processingPollsPerUpload > 0 ? new MediaResult.Processing(step) : new MediaResult.Ready(step);
    }
}
