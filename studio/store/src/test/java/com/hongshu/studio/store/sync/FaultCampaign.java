package com.hongshu.studio.store.sync;

import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.RunResult;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.store.sync.FakePlatform.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Pushes many operations through the engine over a real database file while the fake platform injects faults and
 * crashes (the engine and its connection are then re-created over the same file). A simulated user reconnects paused
 * accounts, retries failed and missed operations and publishes unconfirmed notes again. Deterministic per seed.
 */
final class FaultCampaign {

    record Settings(long seed, int operations, boolean idempotency, boolean notesOnly, List<Fault> faults,
                    double faultRate, double crashRate, int filesPerNote) {
    }

    record Result(int enqueued, int duplicates, int lost, int wrongValues, int stillLive, int restarts,
                  Map<Fault, Integer> faults, int writes, int readBacks, List<String> violations, long wallNanos,
                  Duration simulated) {
        double operationsPerSecond() {
            return enqueued / (wallNanos / 1e9);
        }
    }

    private static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    private FaultCampaign() {
    }

    static Result run(Path dir, Settings s) {
        Random random = new Random(s.seed());
        MutableClock clock = new MutableClock(START, java.time.ZoneId.of("UTC"));
        try (SyncFixture f = new SyncFixture(dir, clock, SyncConfig.defaults(), s.seed() + 99)) {
            f.platform.idempotency = s.idempotency();
            f.platform.filesPerUpload = s.filesPerNote();
            f.platform.randomFaults(new Random(s.seed() * 31 + 7), s.faultRate(), s.crashRate(), s.faults());
            List<Long> accounts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                accounts.add(f.account("seller-" + i, i % 2 == 0 ? "Asia/Shanghai" : "Europe/Berlin").id());
            }
            Map<String, Long> latestOp = new LinkedHashMap<>();
            Map<String, String> latestPayload = new LinkedHashMap<>();
            int enqueued = 0;
            int restarts = 0;
            long started = System.nanoTime();
            for (int step = 0; step < 50 * s.operations() + 10_000; step++) {
                for (int i = 0; i < 10 && enqueued < s.operations(); i++) {
                    Operation op = enqueueRandom(f, random, accounts, enqueued + 1L, s.notesOnly());
                    latestOp.put(FakePlatform.naturalKey(op), op.id());
                    latestPayload.put(FakePlatform.naturalKey(op), op.payload());
                    enqueued++;
                }
                RunResult result;
                try {
                    result = f.step();
                } catch (FakePlatform.SimulatedCrash crash) {
                    restarts++;
                    f.restart();
                    continue;
                }
                if (random.nextInt(4) == 0) {
                    clock.advance(Duration.ofMillis(random.nextInt(3000)));
                }
                if (result.idle()) {
                    actAsTheUser(f, latestOp);
                    if (enqueued == s.operations() && noneLive(f)) {
                        break;
                    }
                    Optional<Instant> wake = f.outbox.nextWakeUp();
                    Instant now = clock.instant();
                    clock.set(wake.filter(now::isBefore).orElse(now.plusSeconds(5)).plusMillis(1));
                }
            }
            long wall = System.nanoTime() - started;
            return evaluate(f, s, enqueued, restarts, latestOp, latestPayload, wall,
                    Duration.between(START, clock.instant()));
        }
    }

    private static Result evaluate(SyncFixture f, Settings s, int enqueued, int restarts, Map<String, Long> latestOp,
                                   Map<String, String> latestPayload, long wall, Duration simulated) {
        int duplicates = 0;
        for (List<FakePlatform.Remote> copies : f.platform.allObjects().values()) {
            duplicates += Math.max(0, copies.size() - 1);
        }
        int lost = 0;
        int wrongValues = 0;
        for (Map.Entry<String, Long> e : latestOp.entrySet()) {
            Operation op = f.op(e.getValue());
            List<FakePlatform.Remote> remote = f.platform.objects(e.getKey());
            if (op.kind().createsObject()) {
                boolean there = op.status() == OperationStatus.SUCCEEDED && !remote.isEmpty()
                        && remote.get(0).id().equals(op.remoteId());
                if (!there) {
                    lost++;
                    f.outbox.list(OutboxQuery.ofAggregate(op.aggregateType(), op.aggregateId()))
                            .forEach(o -> System.out.println("history of a lost object: " + o));
                }
                if (remote.size() > 1) {
                    f.outbox.list(OutboxQuery.ofAggregate(op.aggregateType(), op.aggregateId()))
                            .forEach(o -> System.out.println("history of a duplicated object: " + o));
                }
            } else if (op.status() != OperationStatus.SUCCEEDED) {
                lost++;
            } else if (!latestPayload.get(e.getKey()).equals(f.platform.value(e.getKey()))) {
                wrongValues++;
            }
        }
        int live = f.outbox.list(OutboxQuery.withStatus(OperationStatus.LIVE, 100_000)).size();
        return new Result(enqueued, duplicates, lost, wrongValues, live, restarts, Map.copyOf(f.platform.injected),
                f.platform.executedKeys.size(), f.platform.lookups, List.copyOf(f.platform.violations), wall, simulated);
    }

    private static Operation enqueueRandom(SyncFixture f, Random random, List<Long> accounts, long aggregate,
                                           boolean notesOnly) {
        long account = accounts.get(random.nextInt(accounts.size()));
        int roll = notesOnly ? 0 : random.nextInt(100);
        Instant now = f.clock.instant();
        String n = "{\"n\":" + aggregate + "}";
        if (roll < 40) {
            NewOperation note = NewOperation.of(account, OperationKind.NOTE_CREATE, "note", aggregate, n);
            if (!notesOnly && random.nextInt(4) == 0) {
                note = note.dueAt(now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20))));
            }
            return f.outbox.enqueue(note).operation();
        }
        if (roll < 60) {
            return f.outbox.enqueue(NewOperation.of(account, OperationKind.PRODUCT_CREATE, "product", aggregate, n))
                    .operation();
        }
        OperationKind kind = roll < 80 ? OperationKind.STOCK : roll < 90 ? OperationKind.PRICE : OperationKind.AVAILABILITY;
        long sku = random.nextInt(40); // few SKUs: many changes queue up on one object and must stay in order
        return f.outbox.enqueue(NewOperation.of(account, kind, "sku-" + kind, sku, n)).operation();
    }

    private static void actAsTheUser(SyncFixture f, Map<String, Long> latest) {
        for (SyncAccount account : f.accounts.all()) {
            if (account.state() != AccountState.ACTIVE) {
                f.engine.resumeAccount(account.id());
            }
        }
        for (Operation op : f.outbox.list(OutboxQuery.withStatus(
                Set.of(OperationStatus.FAILED, OperationStatus.MISSED, OperationStatus.UNCONFIRMED), 100_000))) {
            String key = FakePlatform.naturalKey(op);
            if (latest.get(key) != op.id()) {
                continue; // superseded by a newer change of the same object
            }
            if (op.status() == OperationStatus.UNCONFIRMED) {
                Operation again = f.outbox.enqueue(new NewOperation(op.accountId(), op.kind(), op.aggregateType(),
                        op.aggregateId(), op.payload(), null, null, true)).operation();
                latest.put(key, again.id());
            } else {
                f.engine.retryNow(op.id());
            }
        }
    }

    private static boolean noneLive(SyncFixture f) {
        Map<OperationStatus, Integer> counts = f.outbox.countByStatus();
        return OperationStatus.LIVE.stream().noneMatch(counts::containsKey);
    }
}
