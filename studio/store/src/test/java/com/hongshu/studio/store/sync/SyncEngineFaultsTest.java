package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.store.sync.FakePlatform.Fault;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checklist 1, 2, 3, 5, 17, 18 and deadlines: a write reaches the platform exactly once, whatever breaks. */
class SyncEngineFaultsTest {

    @TempDir
    Path dir;

    private SyncFixture f;
    private long account;

    @BeforeEach
    void setUp() {
        f = SyncFixture.create(dir);
        account = f.account("seller-1", "Asia/Shanghai").id();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void replyLostAfterCommit_theOneRemoteNoteIsAdoptedByReadBack(boolean idempotency) {
        f.platform.idempotency = idempotency;
        Operation op = f.enqueue(account, OperationKind.NOTE_CREATE, 1, "{\"title\":\"秋日穿搭\"}");
        f.platform.failNextExecute(Fault.DROP_AFTER_COMMIT);

        f.step();
        Operation unknown = f.op(op.id());
        assertThat(unknown.status()).isEqualTo(OperationStatus.UNKNOWN);
        assertThat(unknown.maybeExecuted()).isTrue();
        assertThat(unknown.nextAttemptAt()).isAfterOrEqualTo(f.clock.instant().plus(f.config.unknownFirstCheck()));

        assertThat(f.settle(op.id())).isTrue();
        Operation done = f.op(op.id());
        assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1)
                .first().extracting(FakePlatform.Remote::id).isEqualTo(done.remoteId());
        assertThat(f.platform.executedKeys).containsOnly(op.idempotencyKey()).hasSize(1);
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void replyLostAfterCommit_productCreateAndStock(boolean idempotency) {
        f.platform.idempotency = idempotency;
        Operation product = f.enqueue(account, OperationKind.PRODUCT_CREATE, 5, "{\"erpCode\":\"SKU-5\"}");
        Operation stock = f.enqueue(account, OperationKind.STOCK, 6, "{\"qty\":12}");
        f.platform.failNextExecute(Fault.DROP_AFTER_COMMIT, Fault.SERVER_ERROR_AFTER_COMMIT);

        assertThat(f.runUntil(() -> f.status(product.id()) == OperationStatus.SUCCEEDED
                && f.status(stock.id()) == OperationStatus.SUCCEEDED, 1000)).isTrue();

        assertThat(f.platform.objects(FakePlatform.naturalKey(product))).hasSize(1);
        assertThat(f.op(product.id()).remoteId()).isEqualTo(f.platform.objects(FakePlatform.naturalKey(product)).get(0).id());
        assertThat(f.platform.value(FakePlatform.naturalKey(stock))).isEqualTo("{\"qty\":12}");
        assertThat(f.platform.executedKeys).containsOnly(product.idempotencyKey(), stock.idempotencyKey());
    }

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void requestDroppedBeforeExecution_exactlyOneObjectAfterTheRetry(boolean idempotency) {
        f.platform.idempotency = idempotency;
        Operation op = f.enqueue(account, OperationKind.NOTE_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.DROP_BEFORE_COMMIT);
        f.step();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.UNKNOWN);

        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1);
        assertThat(f.platform.executedKeys).containsExactly(op.idempotencyKey());
    }

    @ParameterizedTest(name = "crash {0}")
    @ValueSource(strings = {"CRASH_AFTER", "CRASH_BEFORE"})
    void engineKilledInFlight_leaseExpires_unknown_readBack_oneObject(String crash) {
        f.platform.idempotency = false;
        Operation op = f.enqueue(account, OperationKind.NOTE_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.valueOf(crash));

        assertThatThrownBy(f::step).isInstanceOf(FakePlatform.SimulatedCrash.class);
        f.restart();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.IN_FLIGHT);
        assertThat(f.step().idle()).as("the lease still holds").isTrue();

        f.advance(f.config.lease().plusSeconds(1));
        f.step();
        assertThat(f.settle(op.id())).isTrue();

        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1);
        assertThat(f.platform.lookups).isGreaterThanOrEqualTo(1);
    }

    @Test
    void stillInFlight1402_waitsAndRetriesWithTheSameKey() {
        Operation op = f.enqueue(account, OperationKind.PRODUCT_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.IN_FLIGHT_1402, Fault.IN_FLIGHT_1402);
        f.step();
        Operation waiting = f.op(op.id());
        assertThat(waiting.status()).isEqualTo(OperationStatus.WAITING_RETRY);
        assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(f.clock.instant().plusSeconds(2));
        assertThat(waiting.lastErrorMessage()).contains("1402");

        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.op(op.id()).idempotencyKey()).isEqualTo(op.idempotencyKey());
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1);
    }

    @Test
    void idempotencyConflict1401_failsLoudlyAndIsNeverResentUnderANewKey() {
        Operation op = f.enqueue(account, OperationKind.PRODUCT_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.CONFLICT_1401);
        f.step();
        f.runUntil(() -> false, 50);

        Operation failed = f.op(op.id());
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.lastErrorCode()).isEqualTo(SyncErrors.CONFLICT_BUG);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.idempotencyKey()).isEqualTo(op.idempotencyKey());
        assertThat(f.platform.executedKeys).isEmpty();
    }

    @Test
    void validationFailureIsPermanent_noRetry_andSaysWhatToFix() {
        Operation op = f.enqueue(account, OperationKind.NOTE_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.VALIDATION);
        f.step();
        f.runUntil(() -> false, 50);

        Operation failed = f.op(op.id());
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.lastErrorCode()).isEqualTo(SyncErrors.VALIDATION);
        assertThat(failed.lastErrorMessage()).isEqualTo("The title is too long (at most 20).");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void anHtmlReplyIsAnErrorNotNothing_andATryAgainAdoptsWhatIsThere() {
        Operation op = f.enqueue(account, OperationKind.PRODUCT_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.HTML_200);
        f.step();
        Operation failed = f.op(op.id());
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.lastErrorCode()).isEqualTo(SyncErrors.PLATFORM_CHANGED);
        assertThat(failed.maybeExecuted()).isTrue();
        assertThat(f.engine.cancel(op.id())).as("it may be on the platform").isFalse();

        assertThat(f.engine.retryNow(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.UNKNOWN);
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1);
        assertThat(f.platform.executedKeys).hasSize(1);
    }

    @Test
    void aReadBackThatCannotTellKeepsTheOperationUnknownAndNeverResends() {
        f.platform.idempotency = false;
        Operation op = f.enqueue(account, OperationKind.PRODUCT_CREATE, 1, "{}");
        f.platform.failNextExecute(Fault.DROP_AFTER_COMMIT);
        f.platform.failNextLookup(Fault.LOOKUP_FAILS, Fault.LOOKUP_FAILS, Fault.HTML_200);
        f.step();
        for (int i = 0; i < 3; i++) {
            f.advance(Duration.ofMinutes(20));
            f.step();
            assertThat(f.status(op.id())).isEqualTo(OperationStatus.UNKNOWN);
        }
        assertThat(f.op(op.id()).lastErrorCode()).isEqualTo(SyncErrors.PLATFORM_CHANGED);
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.executedKeys).hasSize(1);
    }

    @Test
    void anOperationThatCannotGetThroughFailsAtItsDeadlineAndSaysSo() {
        Operation op = f.outbox.enqueue(NewOperation.of(account, OperationKind.PRICE, "sku", 1, "{\"price\":990}")
                .deadlineAt(f.clock.instant().plus(Duration.ofHours(1)))).operation();
        for (int i = 0; i < 200; i++) {
            f.platform.failNextExecute(Fault.REFUSED);
        }
        assertThat(f.runUntil(() -> f.status(op.id()) == OperationStatus.FAILED, 5000)).isTrue();
        Operation failed = f.op(op.id());
        assertThat(failed.lastErrorCode()).isEqualTo(SyncErrors.DEADLINE);
        assertThat(failed.updatedAt()).isBeforeOrEqualTo(op.deadlineAt());
        assertThat(failed.attempts()).isGreaterThan(5);
    }
}
