package com.hongshu.studio.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.SyncAccount;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Pushes many notes (pictures included) through the engine, the real client and the sandbox while the sandbox
 * injects random faults and the app may die after a write (engine, connection and clients re-created over the same
 * file). A simulated user resumes paused accounts, retries what failed and publishes unconfirmed notes again.
 * Counts remote duplicates and lost notes from the sandbox's own state.
 */
final class SandboxCampaign {

    record Settings(long seed, int notes, int images, boolean idempotency, double faultRate, double crashRate) {
    }

    record Result(int notes, int duplicates, int lost, int crashes, long faultsFired, long wallNanos) {
        double notesPerSecond() {
            return notes / (wallNanos / 1e9);
        }
    }

    /** The fault actions a random call may meet; each gets an equal share of the fault rate. */
    private static final List<Map<String, Object>> ACTIONS = List.of(
            Map.of("action", "drop_before_commit"),
            Map.of("action", "drop_after_commit"),
            Map.of("action", "http", "status", 500),
            Map.of("action", "http", "status", 503, "envelope", true, "retryAfter", 1),
            Map.of("action", "throttle", "retryAfter", 2),
            Map.of("action", "expire_token"),
            Map.of("action", "html_200"),
            Map.of("action", "schema_drift"),
            Map.of("action", "false_success"),
            Map.of("action", "risk_control"),
            Map.of("action", "clock_skew", "skewMs", 600_000));

    private static final List<String> METHODS = List.of("media.getUploadPermit", "note.create", "note.list");

    private SandboxCampaign() {
    }

    static Result run(Path dir, Settings settings) {
        try (SandboxSync s = new SandboxSync(dir, settings.idempotency(), settings.seed())) {
            Random random = new Random(settings.seed());
            s.crashRate = settings.crashRate();
            List<SyncAccount> accounts = List.of(s.account("seller-1"), s.account("seller-2"));
            int rules = ACTIONS.size() * METHODS.size();
            long seed = settings.seed() * 1_000;
            for (Map<String, Object> action : ACTIONS) {
                for (String method : METHODS) {
                    if (action.get("action").equals("false_success") && !method.equals("note.create")) {
                        continue;
                    }
                    Map<String, Object> rule = new HashMap<>(action);
                    rule.put("method", method);
                    rule.put("times", 0);
                    rule.put("probability", settings.faultRate() / ACTIONS.size());
                    rule.put("seed", seed++);
                    s.fault(rule);
                }
            }
            Map<Long, List<String>> keysByNote = new LinkedHashMap<>();
            Map<Long, Long> latestOp = new HashMap<>();
            long started = System.nanoTime();
            int enqueued = 0;
            for (int step = 0; step < 200 * settings.notes() + 10_000; step++) {
                for (int i = 0; i < 10 && enqueued < settings.notes(); i++) {
                    enqueued++;
                    long account = accounts.get(random.nextInt(accounts.size())).id();
                    Operation op = s.note(account, enqueued, settings.images());
                    keysByNote.computeIfAbsent((long) enqueued, k -> new ArrayList<>()).add(op.idempotencyKey());
                    latestOp.put((long) enqueued, op.id());
                }
                boolean idle;
                try {
                    idle = s.engine.runOnce().idle();
                } catch (SandboxSync.SimulatedCrash crash) {
                    s.crashes++;
                    s.restart();
                    continue;
                }
                if (idle) {
                    actAsTheUser(s, keysByNote, latestOp);
                    if (enqueued == settings.notes() && noneLive(s)) {
                        break;
                    }
                    Optional<Instant> wake = s.outbox.nextWakeUp();
                    Instant now = s.clock.instant();
                    s.clock.set(wake.filter(now::isBefore).orElse(now.plusSeconds(5)).plusMillis(1));
                }
            }
            long wall = System.nanoTime() - started;
            Map<String, Integer> remote = new HashMap<>();
            for (JsonNode n : s.control.state("note")) {
                String ref = n.path("clientRef").asText(null);
                if (ref != null) {
                    remote.merge(ref, 1, Integer::sum);
                }
            }
            int duplicates = 0;
            int lost = 0;
            for (Map.Entry<Long, List<String>> e : keysByNote.entrySet()) {
                int copies = e.getValue().stream().mapToInt(k -> remote.getOrDefault(k, 0)).sum();
                duplicates += Math.max(0, copies - 1);
                Operation latest = s.op(latestOp.get(e.getKey()));
                if (copies == 0 || latest.status() != OperationStatus.SUCCEEDED) {
                    lost++;
                    System.out.println("lost: " + latest);
                }
            }
            long fired = 0;
            for (JsonNode rule : s.control.faults()) {
                fired += rule.path("fired").asLong();
            }
            return new Result(enqueued, duplicates, lost, s.crashes, fired, wall);
        }
    }

    private static void actAsTheUser(SandboxSync s, Map<Long, List<String>> keys, Map<Long, Long> latest) {
        for (SyncAccount account : s.accounts.all()) {
            if (account.paused()) {
                s.engine.resumeAccount(account.id());
            }
        }
        for (Operation op : s.outbox.list(OutboxQuery.withStatus(
                Set.of(OperationStatus.FAILED, OperationStatus.UNCONFIRMED), 100_000))) {
            if (latest.get(op.aggregateId()) != op.id()) {
                continue;
            }
            if (op.status() == OperationStatus.UNCONFIRMED) {
                Operation again = s.enqueue(new NewOperation(op.accountId(), op.kind(), op.aggregateType(),
                        op.aggregateId(), op.payload(), null, null, true));
                latest.put(op.aggregateId(), again.id());
                keys.get(op.aggregateId()).add(again.idempotencyKey());
            } else {
                s.engine.retryNow(op.id());
            }
        }
    }

    private static boolean noneLive(SandboxSync s) {
        Map<OperationStatus, Integer> counts = s.outbox.countByStatus();
        return OperationStatus.LIVE.stream().noneMatch(counts::containsKey);
    }

}
