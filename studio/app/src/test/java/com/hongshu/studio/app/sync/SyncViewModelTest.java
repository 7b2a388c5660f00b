package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.sync.AccountState;
import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.Lookup;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.core.sync.RemoteGateway;
import com.hongshu.studio.core.sync.Settlement;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.notes.NoteSyncStatus;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteRateLimitRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync screen's view model over a real outbox, without a toolkit, in Chinese. */
class SyncViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @TempDir
    Path dir;
    final TestClock clock = new TestClock(NOW, ZoneId.of("Asia/Shanghai"));
    final RecordingNotifier notifier = new RecordingNotifier();
    Database db;
    SqliteOutboxRepository outbox;
    SqliteSyncAccountRepository accounts;
    SyncViewModel vm;
    SyncAccount account;
    int wakes;
    final List<String> connected = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("studio.db"), clock);
        outbox = new SqliteOutboxRepository(db, clock);
        accounts = new SqliteSyncAccountRepository(db);
        account = accounts.upsert("app", "seller-1", "本地沙盒店铺", ZoneId.of("Asia/Shanghai"), NOW);
        RemoteGateway never = new RemoteGateway() {
            @Override
            public Outcome execute(com.hongshu.studio.core.sync.ExecuteRequest request) {
                throw new AssertionError("nothing is sent here");
            }

            @Override
            public Lookup lookup(Operation operation) {
                return Lookup.absent();
            }
        };
        SyncEngine engine = new SyncEngine(outbox, accounts, new SqliteRateLimitRepository(db), never, clock,
                new Random(1), SyncConfig.defaults());
        vm = new SyncViewModel(outbox, accounts, new NoteSyncStatus(db, clock), engine, () -> wakes++,
                (endpoint, appId, secret, browser) -> {
                    connected.add(endpoint + " " + appId);
                    return account;
                }, new InThreadTaskRunner(), notifier, new I18n(Locale.SIMPLIFIED_CHINESE, List.of("notes", "sync", "accounts")),
                clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Operation failed(String code, String message) {
        Operation op = outbox.enqueue(NewOperation.of(account.id(), OperationKind.STOCK, "product", 7,
                "{\"erpCode\":\"SKU-7\",\"total\":3}")).operation();
        Operation claimed = outbox.claimNext(NOW, NOW.plusSeconds(60), ClaimFilter.none()).orElseThrow();
        outbox.settle(claimed.id(), claimed.claimSeq(), new Settlement(OperationStatus.FAILED, NOW, 1, false, null,
                null, null, code, message), NOW);
        return op;
    }

    @Test
    void aFailedOperationShowsItsErrorInPlainWordsAndCountsOnTheBadgeUntilRetried() {
        Operation op = failed("VALIDATION", "2007: 价格不合法");
        vm.refresh();
        assertThat(vm.queue()).singleElement().satisfies(r -> {
            assertThat(r.what()).isEqualTo("商品库存 #7");
            assertThat(r.state()).isEqualTo("失败");
            assertThat(r.error()).startsWith("平台拒绝了该内容").contains("价格不合法");
            assertThat(r.retryable()).isTrue();
        });
        assertThat(vm.needsUser().get()).isEqualTo(1);

        vm.retry(op.id());
        assertThat(outbox.find(op.id()).orElseThrow().status()).isEqualTo(OperationStatus.PENDING);
        assertThat(vm.needsUser().get()).isZero();
        assertThat(wakes).isEqualTo(1);
        assertThat(vm.queue().get(0).state()).isEqualTo("等待中");
    }

    @Test
    void aProductPictureThePlatformCannotProcessNamesTheFileAndSaysWhatToDo() {
        failed("MATERIAL_REJECTED", "主图.png");
        vm.refresh();
        assertThat(vm.queue()).singleElement().satisfies(r -> assertThat(r.error())
                .isEqualTo("平台无法处理这个商品的一张图片（文件损坏或格式不受支持）。请在商品中更换这张图片后再保存。 (主图.png)"));
    }

    @Test
    void cancelWithdrawsWhatWasNotSentAndRefusesWhatMayHaveArrived() {
        Operation op = failed("DEADLINE", null);
        vm.cancel(op.id());
        assertThat(outbox.find(op.id()).orElseThrow().status()).isEqualTo(OperationStatus.CANCELLED);
        assertThat(notifier.notices()).last().satisfies(n -> assertThat(n.level()).isEqualTo(Notifier.Level.INFO));

        vm.cancel(op.id());
        assertThat(notifier.notices()).last().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Notifier.Level.WARNING);
            assertThat(n.message()).contains("无法取消");
        });
    }

    @Test
    void aPausedAccountShowsWhyAndResumes() {
        accounts.pause(account.id(), AccountState.PAUSED_RISK, "1301: 需要验证", NOW);
        vm.refresh();
        assertThat(vm.accounts()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo("已暂停：需要在平台上验证");
            assertThat(a.reason()).contains("需要验证");
            assertThat(a.paused()).isTrue();
            assertThat(a.lastSync()).isEqualTo("从未");
        });
        vm.resume(account.id());
        assertThat(accounts.find(account.id()).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);
        assertThat(vm.accounts().get(0).paused()).isFalse();
    }

    @Test
    void connectingChecksTheInputBeforeAnythingRuns() {
        vm.connect("ark.example", "app-1", "secret", uri -> { });
        vm.connect("https://ark.example", " ", "secret", uri -> { });
        assertThat(connected).isEmpty();
        assertThat(notifier.notices()).extracting(Notifier.Notice::message)
                .containsExactly("平台地址必须以 http:// 或 https:// 开头。", "请填写应用 ID 和应用密钥。");

        vm.connect(" https://ark.example ", "app-1", "secret", uri -> { });
        assertThat(connected).containsExactly("https://ark.example app-1");
        assertThat(notifier.notices()).last().satisfies(n -> assertThat(n.message()).isEqualTo("已连接：本地沙盒店铺"));
    }

    @Test
    void eachAccountShowsItsZone_whichCanBeChanged_andANameThatIsNoZoneIsRefused() {
        vm.refresh();
        assertThat(vm.accounts()).singleElement().extracting(SyncViewModel.AccountRow::zone).isEqualTo("Asia/Shanghai");
        int[] zoneChanges = {0};
        vm.onZoneChanged(() -> zoneChanges[0]++);

        vm.setZone(account.id(), "Europe/Berlin");
        assertThat(zoneChanges[0]).as("an open note rereads its account's zone").isEqualTo(1);
        assertThat(accounts.find(account.id()).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(vm.accounts()).singleElement().extracting(SyncViewModel.AccountRow::zone).isEqualTo("Europe/Berlin");
        assertThat(notifier.notices()).last().extracting(n -> n.message()).asString().contains("Europe/Berlin");

        vm.setZone(account.id(), "Berlin");
        assertThat(notifier.notices()).last().satisfies(n -> {
            assertThat(n.level()).isEqualTo(com.hongshu.studio.app.common.Notifier.Level.WARNING);
            assertThat(n.message()).contains("“Berlin”不是有效的时区");
        });
        assertThat(accounts.find(account.id()).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zoneChanges[0]).isEqualTo(1);
        assertThat(com.hongshu.studio.app.accounts.AccountZones.choices()).first().isEqualTo("Asia/Shanghai");
        assertThat(com.hongshu.studio.app.accounts.AccountZones.choices()).contains("Europe/Berlin")
                .doesNotHaveDuplicates();
    }
}
