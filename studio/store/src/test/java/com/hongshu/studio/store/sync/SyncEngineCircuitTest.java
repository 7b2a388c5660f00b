package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.RateLimit;
import com.hongshu.studio.core.sync.RateScope;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.store.sync.FakePlatform.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklist 11 and 12: rate limits remembered per scope without lockstep; the per-account circuit. */
class SyncEngineCircuitTest {

    @TempDir
    Path dir;

    private SyncFixture f;
    private long shop;
    private long other;

    @BeforeEach
    void setUp() {
        f = SyncFixture.create(dir);
        shop = f.account("seller-1", "Asia/Shanghai").id();
        other = f.account("seller-2", "Europe/Berlin").id();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void retryAfterHoldsTheWholeScopeAndReleasesTheQueueWithoutLockstep() {
        List<Operation> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(f.enqueue(shop, OperationKind.STOCK, i, "{\"qty\":" + i + "}"));
        }
        f.platform.retryAfter = Duration.ofSeconds(30);
        f.platform.failNextExecute(Fault.THROTTLE);
        Instant throttledAt = f.clock.instant();

        f.step();

        Instant until = throttledAt.plusSeconds(30);
        assertThat(f.limits.active(f.clock.instant())).extracting(RateLimit::scope).containsExactly(RateScope.app());
        assertThat(f.op(queued.get(0).id()).lastErrorCode()).isEqualTo(SyncErrors.RATE_LIMITED);
        List<Instant> next = queued.stream().map(op -> f.op(op.id()).nextAttemptAt()).toList();
        assertThat(next).allSatisfy(t -> assertThat(t).isAfterOrEqualTo(until)
                .isBeforeOrEqualTo(until.plus(f.config.releaseSpread())));
        assertThat(new HashSet<>(next)).as("jittered, not in lockstep").hasSizeGreaterThan(15);

        f.advance(Duration.ofSeconds(29));
        assertThat(f.step().idle()).as("queued work waits instead of hitting 429").isTrue();
        assertThat(f.platform.executedKeys).isEmpty();

        assertThat(f.runUntil(() -> queued.stream().allMatch(op -> f.status(op.id()) == OperationStatus.SUCCEEDED),
                1000)).isTrue();
        List<Instant> sent = f.platform.executeTimes;
        assertThat(sent).hasSize(20).allSatisfy(t -> assertThat(t).isAfterOrEqualTo(until));
        assertThat(new HashSet<>(sent)).hasSizeGreaterThan(15);
    }

    @Test
    void aDailyCapMovesThatAccountsNotesToTheResetTime_andNothingElse() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant reset = LocalDate.ofInstant(f.clock.instant(), shanghai).plusDays(1).atStartOfDay(shanghai).toInstant();
        f.platform.capResetAt = reset;
        Operation note = f.enqueue(shop, OperationKind.NOTE_CREATE, 1, "{}");
        Operation note2 = f.enqueue(shop, OperationKind.NOTE_CREATE, 2, "{}");
        Operation stock = f.enqueue(shop, OperationKind.STOCK, 3, "{}");
        Operation otherNote = f.enqueue(other, OperationKind.NOTE_CREATE, 4, "{}");
        f.platform.failNextExecute(Fault.DAILY_CAP);

        f.step();

        assertThat(f.op(note.id()).nextAttemptAt()).isAfterOrEqualTo(reset);
        assertThat(f.op(note2.id()).nextAttemptAt()).isAfterOrEqualTo(reset);
        assertThat(f.limits.active(f.clock.instant())).extracting(RateLimit::scope)
                .containsExactly(RateScope.accountMethod(shop, OperationKind.NOTE_CREATE));
        assertThat(f.runUntil(() -> f.status(stock.id()) == OperationStatus.SUCCEEDED
                && f.status(otherNote.id()) == OperationStatus.SUCCEEDED, 200)).isTrue();
        assertThat(f.clock.instant()).isBefore(reset);
        assertThat(f.status(note.id())).isEqualTo(OperationStatus.WAITING_RETRY);

        assertThat(f.runUntil(() -> f.status(note.id()) == OperationStatus.SUCCEEDED
                && f.status(note2.id()) == OperationStatus.SUCCEEDED, 500)).isTrue();
        assertThat(f.platform.executeTimes.subList(2, 4)).allSatisfy(t -> assertThat(t).isAfterOrEqualTo(reset));
    }

    @Test
    void riskControlStopsThatAccountAtOnce_otherAccountsGoOn_andResumeSendsTheRest() {
        Operation first = f.enqueue(shop, OperationKind.NOTE_CREATE, 1, "{}");
        Operation second = f.enqueue(shop, OperationKind.PRODUCT_CREATE, 2, "{}");
        Operation elsewhere = f.enqueue(other, OperationKind.NOTE_CREATE, 3, "{}");
        f.platform.failNextExecute(Fault.RISK_CONTROL);

        f.step();

        assertThat(f.accounts.find(shop).orElseThrow().state()).isEqualTo(AccountState.PAUSED_RISK);
        assertThat(f.accounts.find(shop).orElseThrow().pauseReason()).isEqualTo("verification required");
        assertThat(f.op(first.id()).status()).isEqualTo(OperationStatus.NEEDS_USER);
        assertThat(f.op(first.id()).lastErrorCode()).isEqualTo(SyncErrors.RISK_CONTROL);
        assertThat(f.runUntil(() -> f.status(elsewhere.id()) == OperationStatus.SUCCEEDED, 200)).isTrue();
        f.runUntil(() -> false, 50);
        assertThat(f.status(second.id())).as("nothing more is tried on the paused account")
                .isEqualTo(OperationStatus.PENDING);
        assertThat(f.platform.executedKeys).containsExactly(elsewhere.idempotencyKey());

        assertThat(f.engine.resumeAccount(shop)).isEqualTo(1);
        assertThat(f.runUntil(() -> f.status(first.id()) == OperationStatus.SUCCEEDED
                && f.status(second.id()) == OperationStatus.SUCCEEDED, 500)).isTrue();
        assertThat(f.platform.objects(FakePlatform.naturalKey(first))).hasSize(1);
    }

    @Test
    void anAuthorizationThatNeedsTheUserPausesOnlyThatAccount() {
        Operation note = f.enqueue(shop, OperationKind.NOTE_CREATE, 1, "{}");
        Operation elsewhere = f.enqueue(other, OperationKind.STOCK, 2, "{}");
        f.platform.failNextExecute(Fault.AUTH_REVOKED);

        f.step();
        assertThat(f.accounts.find(shop).orElseThrow().state()).isEqualTo(AccountState.PAUSED_AUTH);
        assertThat(f.status(note.id())).isEqualTo(OperationStatus.NEEDS_USER);
        assertThat(f.runUntil(() -> f.status(elsewhere.id()) == OperationStatus.SUCCEEDED, 200)).isTrue();
        assertThat(f.accounts.find(other).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);
    }
}
