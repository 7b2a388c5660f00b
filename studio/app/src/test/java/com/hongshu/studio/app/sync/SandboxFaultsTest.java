package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.Notes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fault action of the sandbox contract, in both idempotency modes, on a note create (3 pictures), a product
 * create and an absolute stock push, through the real engine, gateway, client and sandbox: exactly one remote note
 * per local note, one remote SKU, and the remote stock equal to what was pushed.
 */
class SandboxFaultsTest {

    private static final List<String> WRITES = List.of("note.create", "product.createItemAndSku",
            "inventory.syncSkuStock");

    @TempDir
    Path dir;

    static Stream<Arguments> faults() {
        List<Arguments> out = new ArrayList<>();
        for (String action : List.of("latency", "http500", "http503", "drop_before_commit", "drop_after_commit",
                "throttle", "risk_control", "expire_token", "html_200", "schema_drift", "false_success",
                "audit_reject", "paging_drift", "clock_skew")) {
            out.add(Arguments.of(action, true));
            out.add(Arguments.of(action, false));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, idempotency {1}")
    @MethodSource("faults")
    void oneRemoteObjectPerLocalObjectWhateverTheFault(String action, boolean idempotency) {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 11)) {
            if (action.equals("latency")) {
                s.requestTimeout = Duration.ofMillis(400);
                s.restart();
            }
            SyncAccount account = s.account("seller-1");
            Operation note = s.note(account.id(), 1, 3);
            Operation product = s.product(account.id(), 2, "SKU-2", 10);
            Operation stock = s.stock(account.id(), 2, "SKU-2", 37);
            for (Map<String, Object> rule : rules(action)) {
                s.fault(rule);
            }
            BooleanSupplier serverDone = () -> s.remoteNotes(note.idempotencyKey()).size() == 1
                    && s.remoteSkus("SKU-2").size() == 1
                    && s.remoteSkus("SKU-2").get(0).path("total").asLong() == 37;

            if (action.equals("latency")) {
                waitForTheServerAfterTimeouts(s);
            }
            assertThat(settleAsTheUser(s, account, note.id(), product.id(), stock.id()))
                    .as("settled: %s %s %s", s.op(note.id()), s.op(product.id()), s.op(stock.id())).isTrue();
            if (action.equals("latency")) {
                assertThat(serverDone.getAsBoolean()).isTrue();
            }

            if (action.equals("false_success")) {
                assertThat(s.status(note.id())).isEqualTo(OperationStatus.UNCONFIRMED);
                assertThat(s.remoteNotes(note.idempotencyKey())).isEmpty();
            } else {
                assertThat(s.status(note.id())).as(String.valueOf(s.op(note.id()))).isEqualTo(OperationStatus.SUCCEEDED);
                List<JsonNode> remote = s.remoteNotes(note.idempotencyKey());
                assertThat(remote).hasSize(1);
                assertThat(remote.get(0).path("noteId").asText()).isEqualTo(s.op(note.id()).remoteId());
                assertThat(remote.get(0).path("images")).hasSize(3);
            }
            assertThat(s.status(product.id())).as(String.valueOf(s.op(product.id())))
                    .isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(s.status(stock.id())).as(String.valueOf(s.op(stock.id()))).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(s.remoteSkus("SKU-2")).hasSize(1);
            assertThat(s.remoteSkus("SKU-2").get(0).path("total").asLong()).isEqualTo(37);

            if (action.equals("audit_reject")) {
                s.clock.advance(Duration.ofMinutes(2));
                Notes.Note reviewed = s.client(account.id()).getNote(s.op(note.id()).remoteId());
                assertThat(reviewed.status()).isEqualTo("REJECTED");
                assertThat(reviewed.rejectReason()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void killedRightAfterEachWriteReachedThePlatformAndRestarted(boolean idempotency) {
        try (SandboxSync s = new SandboxSync(dir, idempotency, 5)) {
            SyncAccount account = s.account("seller-1");
            Operation note = s.note(account.id(), 1, 3);
            Operation product = s.product(account.id(), 2, "SKU-2", 10);
            Operation stock = s.stock(account.id(), 2, "SKU-2", 37);
            for (int i = 0; i < 3; i++) {
                s.crashAfterNextWrite = true;
                s.runUntil(() -> !s.crashAfterNextWrite, 1_000);
                assertThat(s.crashes).as("crash " + (i + 1) + " " + s.op(note.id()) + s.op(product.id())
                        + s.op(stock.id())).isEqualTo(i + 1);
            }
            assertThat(s.settle(note.id(), product.id(), stock.id())).isTrue();
            assertThat(s.status(note.id())).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(s.remoteNotes(note.idempotencyKey())).hasSize(1);
            assertThat(s.remoteSkus("SKU-2")).hasSize(1);
            assertThat(s.remoteSkus("SKU-2").get(0).path("total").asLong()).isEqualTo(37);
        }
    }

    @Test
    void riskControlPausesThatAccountOnly() {
        try (SandboxSync s = new SandboxSync(dir, true, 3)) {
            SyncAccount one = s.account("seller-1");
            SyncAccount two = s.account("seller-2");
            s.fault(Map.of("action", "risk_control", "method", "note.create", "account", "seller-1", "times", 0));
            Operation blocked = s.note(one.id(), 1, 1);
            Operation free = s.note(two.id(), 2, 1);
            assertThat(s.settle(blocked.id(), free.id())).isTrue();
            assertThat(s.status(blocked.id())).isEqualTo(OperationStatus.NEEDS_USER);
            assertThat(s.accounts.find(one.id()).orElseThrow().state()).isEqualTo(AccountState.PAUSED_RISK);
            assertThat(s.status(free.id())).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(s.control.calls("note.create")).isEqualTo(2);
        }
    }

    private static List<Map<String, Object>> rules(String action) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String method : WRITES) {
            if (action.equals("false_success") && !method.equals("note.create")) {
                continue; // only a note create is verified by read-back (SYNC-ENGINE.md, item 9)
            }
            Map<String, Object> r = new HashMap<>();
            r.put("method", method);
            r.put("nth", 1);
            r.put("times", 1);
            switch (action) {
                case "latency" -> {
                    r.put("action", "latency");
                    r.put("ms", 1200);
                }
                case "http500" -> {
                    r.put("action", "http");
                    r.put("status", 500);
                }
                case "http503" -> {
                    r.put("action", "http");
                    r.put("status", 503);
                    r.put("envelope", true);
                    r.put("retryAfter", 5);
                }
                case "throttle" -> {
                    r.put("action", "throttle");
                    r.put("retryAfter", 30);
                }
                case "clock_skew" -> {
                    r.put("action", "clock_skew");
                    r.put("skewMs", 600_000);
                }
                case "paging_drift" -> {
                    // Listings are what drift: the read-back after a lost reply walks note.list.
                    r.put("action", "drop_after_commit");
                    out.add(Map.of("action", "paging_drift", "method", "note.list", "times", 0));
                    out.add(Map.of("action", "paging_drift", "method", "product.searchItemList", "times", 0));
                }
                default -> r.put("action", action);
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Runs the queue, doing what the user does on the Sync screen meanwhile: resume a paused account, retry what
     * failed. True when every operation ended.
     */
    private static boolean settleAsTheUser(SandboxSync s, SyncAccount account, long... ids) {
        for (int round = 0; round < 8; round++) {
            s.runUntil(() -> ended(s, ids) || s.accounts.find(account.id()).orElseThrow().paused(), 3_000);
            boolean acted = false;
            if (s.accounts.find(account.id()).orElseThrow().paused()) {
                s.engine.resumeAccount(account.id());
                acted = true;
            }
            for (long id : ids) {
                if (s.status(id) == OperationStatus.FAILED) {
                    acted |= s.engine.retryNow(id);
                }
            }
            if (!acted && ended(s, ids)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ended(SandboxSync s, long... ids) {
        for (long id : ids) {
            OperationStatus st = s.status(id);
            if (OperationStatus.CLAIMABLE.contains(st) || st == OperationStatus.IN_FLIGHT) {
                return false;
            }
        }
        return true;
    }

    /**
     * A timed-out write goes on running on the server. The app reads it back seconds of real time later; here the
     * clock is virtual, so wait (for the remote state, not for a time) until the server finished it.
     */
    private static void waitForTheServerAfterTimeouts(SandboxSync s) {
        s.afterStep = id -> {
            Operation op = s.op(id);
            if (op.status() == OperationStatus.UNKNOWN && String.valueOf(op.lastErrorMessage()).contains("timed out")) {
                assertThat(SandboxSync.await(() -> remotelyDone(s, op), Duration.ofSeconds(10))).isTrue();
            }
        };
    }

    private static boolean remotelyDone(SandboxSync s, Operation op) {
        return switch (op.kind()) {
            case NOTE_CREATE -> !s.remoteNotes(op.idempotencyKey()).isEmpty();
            case PRODUCT_CREATE -> !s.remoteSkus("SKU-2").isEmpty();
            case STOCK -> s.remoteSkus("SKU-2").stream().anyMatch(k -> k.path("total").asLong() == 37);
            default -> true;
        };
    }
}
