package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.app.notes.media.TestImages;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.store.secrets.FileSecretStore;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync module over a real workspace and the in-process local sandbox, with in-thread tasks. */
class SyncModuleTest {

    @TempDir
    Path dir;
    /** An hour behind the wall clock (the local sandbox's), so that "the computer was off for an hour" ends now. */
    final TestClock clock = new TestClock(Instant.now().minus(Duration.ofHours(1)), ZoneId.of("Asia/Shanghai"));
    final RecordingNotifier notifier = new RecordingNotifier();
    final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE, List.of("notes", "sync"));
    Workspace ws;
    SyncModule module;

    /** The engine's numbers with short verification waits, so a test does not wait for the real ones. */
    static SyncConfig quick() {
        SyncConfig d = SyncConfig.defaults();
        return new SyncConfig(d.lease(), Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMillis(200),
                d.defaultDeadline(), d.verifyWindow(), Duration.ofMillis(100), d.graceWindow(), d.nativeMinLead(),
                d.nativeMaxLead(), d.scheduleMargin(), d.mediaPermitMargin(), Duration.ofMillis(100));
    }

    SyncModule open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        module = new SyncModule(ws, clock, i18n, new InThreadTaskRunner(), notifier,
                new FileSecretStore(dir.resolve("secrets.properties")), uri -> { }, quick());
        return module;
    }

    @AfterEach
    void close() {
        if (module != null) {
            module.close();
        }
        if (ws != null) {
            ws.close();
        }
    }

    void reopen() {
        module.close();
        ws.close();
        open();
    }

    List<SyncAccount> accounts() {
        return new SqliteSyncAccountRepository(ws.database()).all();
    }

    long noteWithPicture(String title) throws Exception {
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        MediaItem item = library.importFile(TestImages.png(dir.resolve(title + ".png"), 64, 48), "image/png", 64, 48);
        Note note = Note.draft(clock.instant()).withText(title, "今天的分享").withImages(List.of(NoteImage.of(item.id())));
        return new SqliteNoteRepository(ws.database(), clock).save(note).id();
    }

    /**
     * Rounds as the scheduler runs them, the engine's clock a little further each time, until {@code done} or 20 s of
     * real time (the local sandbox processes uploads on the wall clock).
     */
    void runUntil(java.util.function.BooleanSupplier done) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            clock.advance(Duration.ofMillis(200));
            module.runRound();
        }
    }

    String ops() {
        return new com.hongshu.studio.store.sync.SqliteOutboxRepository(ws.database(), clock)
                .list(com.hongshu.studio.core.sync.OutboxQuery.all(50)).toString() + notifier.notices();
    }

    Note note(long id) {
        return new SqliteNoteRepository(ws.database(), clock).findById(id).orElseThrow();
    }

    @Test
    void firstRunConnectsTheLocalSandboxAccountAndKeepsItsSecretsOutOfTheDatabase() throws Exception {
        open().start();
        assertThat(notifier.causes()).isEmpty();
        assertThat(accounts()).singleElement().satisfies(a -> assertThat(a.displayName()).isEqualTo("本地沙盒店铺"));
        String secrets = Files.readString(dir.resolve("secrets.properties"), StandardCharsets.UTF_8);
        assertThat(secrets).contains("tokens").contains("appSecret");
        String token = secrets.replaceAll("(?s).*accessToken[^:]*:\\\\?\"?([A-Za-z0-9_-]{8,}).*", "$1");
        assertThat(token).hasSizeGreaterThan(8);
        ws.database().read(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
        byte[] db = Files.readAllBytes(ws.database().file());
        assertThat(new String(db, StandardCharsets.ISO_8859_1)).doesNotContain(token);

        reopen();
        module.start();
        assertThat(accounts()).hasSize(1);

        List<com.hongshu.studio.core.sync.PullSinks.DailyFigures> days =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        module.connectPullSinks(null, days::addAll, null);
        assertThat(SandboxSync.await(() -> !days.isEmpty(), Duration.ofSeconds(20))).isTrue();
        assertThat(days).allSatisfy(d -> assertThat(d.accountId()).isEqualTo(accounts().get(0).id()));
    }

    @Test
    void aNotePublishedNowReachesTheSandboxOnceAndShowsAsPublished() throws Exception {
        open().start();
        long id = noteWithPicture("周末咖啡");
        java.util.concurrent.atomic.AtomicInteger listRefreshes = new java.util.concurrent.atomic.AtomicInteger();
        module.onNotesChanged(listRefreshes::incrementAndGet);
        module.publishing().schedule(id, clock.instant());
        assertThat(note(id).status()).isEqualTo(NoteStatus.SCHEDULED);
        runUntil(() -> note(id).status() == NoteStatus.PUBLISHED);
        Note published = note(id);
        assertThat(published.status()).as(ops()).isEqualTo(NoteStatus.PUBLISHED);
        assertThat(published.remoteId()).startsWith("note");
        assertThat(listRefreshes.get()).as("the notes list is told").isPositive();
        module.refresh();
        assertThat(module.viewModel().queue()).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("已完成"));
        assertThat(module.viewModel().accounts().get(0).lastSync()).isNotEqualTo("从未");

        module.localSandbox().control().rejectNote(published.remoteId(), "图片含有二维码");
        clock.advance(Duration.ofMinutes(2));
        module.runRound();
        assertThat(note(id).status()).isEqualTo(NoteStatus.REJECTED);
        module.refresh();
        assertThat(module.viewModel().attention()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo("审核未通过");
            assertThat(a.message()).isEqualTo("图片含有二维码");
        });
    }

    @Test
    void aNoteMissedWhileClosedIsMarkedMissedBeyondTheGraceWindowAndPublishedWithinIt() throws Exception {
        open().start();
        new SqliteSettingsRepository(ws.database()).put(SyncModule.GRACE_MINUTES, "30");
        long late = noteWithPicture("错过的笔记");
        long onTime = noteWithPicture("宽限内的笔记");
        reopen(); // closed: not started, nothing dispatched
        Instant now = clock.instant();
        module.publishing().schedule(late, now.plus(Duration.ofMinutes(20)));
        module.publishing().schedule(onTime, now.plus(Duration.ofMinutes(50)));
        module.close();
        ws.close();
        clock.advance(Duration.ofHours(1)); // the computer was off: late is 40 min past, onTime 10 min past
        open().start();
        runUntil(() -> note(onTime).status() == NoteStatus.PUBLISHED);
        assertThat(note(late).status()).isEqualTo(NoteStatus.MISSED);
        assertThat(note(onTime).status()).as(ops()).isEqualTo(NoteStatus.PUBLISHED);
        assertThat(notifier.notices()).anySatisfy(n -> assertThat(n.message()).contains("错过"));
        module.refresh();
        assertThat(module.viewModel().attention()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("错过的笔记"));
        assertThat(module.viewModel().needsUser().get()).isEqualTo(1);

        module.viewModel().saveGraceMinutes(45);
        assertThat(new SqliteSettingsRepository(ws.database()).get(SyncModule.GRACE_MINUTES)).contains("45");
        assertThat(module.viewModel().graceMinutes().get()).isEqualTo(45);
    }

    @Test
    void aRevokedLocalSandboxAccountPausesAndAuthorizesItselfAgainOnResume() throws Exception {
        open().start();
        SyncAccount account = accounts().get(0);
        module.localSandbox().control().revokeAuthorization("seller-1");
        long id = noteWithPicture("授权过期");
        module.publishing().schedule(id, clock.instant());
        runUntil(() -> accounts().get(0).paused());
        assertThat(accounts().get(0).state()).isEqualTo(com.hongshu.studio.core.sync.AccountState.PAUSED_AUTH);
        module.refresh();
        assertThat(module.viewModel().accounts().get(0).state()).isEqualTo("已暂停：需要重新授权");
        assertThat(module.viewModel().needsUser().get()).isEqualTo(1);

        module.viewModel().resume(account.id());
        runUntil(() -> note(id).status() == NoteStatus.PUBLISHED);
        assertThat(note(id).status()).as(ops()).isEqualTo(NoteStatus.PUBLISHED);
        assertThat(accounts()).hasSize(1);
    }

    @Test
    void anotherFeatureQueuesAProductAndItsAbsoluteStockInItsOwnTransaction() {
        open().start();
        long account = accounts().get(0).id();
        SyncModule.Outbox outbox = module.outbox();
        ws.database().inTransaction(c -> {
            outbox.repository().enqueue(c, com.hongshu.studio.core.sync.NewOperation.of(account,
                    com.hongshu.studio.core.sync.OperationKind.PRODUCT_CREATE, "product", 9, outbox.codec().encode(
                            new com.hongshu.studio.core.sync.Payloads.ProductCreate("纯棉T恤", "cat-101", "tpl-1",
                                    List.of("https://img.invalid/9.jpg"), "舒适透气", "ART-9", List.of(
                                    new com.hongshu.studio.core.sync.Payloads.Sku("TEE-9", 9900, 12900, 5, null))))));
            outbox.repository().enqueue(c, com.hongshu.studio.core.sync.NewOperation.of(account,
                    com.hongshu.studio.core.sync.OperationKind.STOCK, "product", 9,
                    outbox.codec().encode(new com.hongshu.studio.core.sync.Payloads.Stock("TEE-9", 42))));
            return null;
        });
        outbox.wake().run();
        java.util.function.Supplier<Long> remoteTotal = () -> {
            for (var sku : module.localSandbox().control().state("sku")) {
                if ("TEE-9".equals(sku.path("erpCode").asText())) {
                    return sku.path("total").asLong();
                }
            }
            return -1L;
        };
        runUntil(() -> remoteTotal.get() == 42);
        assertThat(remoteTotal.get()).as(ops()).isEqualTo(42);
    }
}
