package com.hongshu.studio.app.sync;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.secrets.SecretStore;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.platform.sync.JsonPayloadCodec;
import com.hongshu.studio.platform.sync.PlatformGateway;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.NoteSyncStatus;
import com.hongshu.studio.store.notes.OutboxNotePublishing;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteRateLimitRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Wires sync for one workspace: the engine over the outbox and the real platform client, the local sandbox account
 * on first run, the one background scheduler, the notes' publishing, the Sync screen and its status-bar badge.
 */
public final class SyncModule implements AutoCloseable {

    /** Workspace setting: minutes after its time within which a note missed while the studio was closed still goes. */
    public static final String GRACE_MINUTES = "sync.graceMinutes";
    static final int DEFAULT_GRACE_MINUTES = 30;

    private final SyncService service;
    private final SyncScheduler scheduler;
    private final OutboxNotePublishing publishing;
    private final SyncViewModel vm;
    private final Outbox outboxAccess;
    private final LocalSandbox sandbox;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Consumer<URI> browser;

    public SyncModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                      SecretStore secrets, Consumer<URI> browser) {
        this(ws, clock, i18n, tasks, notifier, secrets, browser, SyncConfig.defaults());
    }

    /** {@code config}: the engine's numbers (the grace window comes from the workspace setting). */
    public SyncModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                      SecretStore secrets, Consumer<URI> browser, SyncConfig config) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.browser = browser;
        Database db = ws.database();
        SqliteSettingsRepository settings = new SqliteSettingsRepository(db);
        SqliteOutboxRepository outbox = new SqliteOutboxRepository(db, clock);
        SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(db);
        this.sandbox = new LocalSandbox(ws.dir());
        AccountDirectory directory = new AccountDirectory(accounts, settings, secrets, sandbox, clock);
        JsonPayloadCodec codec = new JsonPayloadCodec();
        PlatformGateway gateway = new PlatformGateway(directory::client, codec,
                new LibraryMediaSource(new WorkspaceMediaLibrary(db, ws.mediaDir(), clock)),
                new com.hongshu.studio.store.sync.SqliteMaterialCache(db, clock));
        int grace = parse(settings.get(GRACE_MINUTES, String.valueOf(DEFAULT_GRACE_MINUTES)));
        SyncEngine engine = new SyncEngine(outbox, accounts, new SqliteRateLimitRepository(db), gateway, clock,
                new SecureRandom(), config.withGraceWindow(Duration.ofMinutes(grace)));
        NoteSyncStatus notes = new NoteSyncStatus(db, clock);
        this.service = new SyncService(engine, outbox, accounts, notes, directory,
                new com.hongshu.studio.platform.sync.Pulls(directory::client,
                        new com.hongshu.studio.store.sync.SqliteSyncCursorRepository(db), clock), clock);
        this.scheduler = new SyncScheduler(service::round, Duration.ofSeconds(30));
        this.publishing = new OutboxNotePublishing(db, outbox, codec, clock);
        publishing.onQueued(scheduler::wake);
        this.outboxAccess = new Outbox(outbox, codec, scheduler::wake);
        SyncViewModel.Connector connector = (endpoint, appId, secret, open) -> directory.connect(
                endpoint.toString(), endpoint, appId, secret, i18n.get("sync.connect.browserDone"), open);
        this.vm = new SyncViewModel(outbox, accounts, notes, engine, scheduler::wake, connector, tasks, notifier,
                i18n, clock);
        vm.useSettings(settings);
        vm.beforeResume(id -> {
            boolean reauthorize = directory.isLocalSandbox(id) && accounts.find(id)
                    .map(a -> a.state() == com.hongshu.studio.core.sync.AccountState.PAUSED_AUTH).orElse(false);
            if (reauthorize) {
                try {
                    directory.connectLocalSandbox(i18n.get("sync.connect.browserDone"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        service.onChange(vm::refresh);
    }

    /** The app's wiring: secrets in the OS keychain (probed on first use), else a file beside the database. */
    public static SyncModule forApp(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                                    Consumer<URI> browser) {
        return new SyncModule(ws, clock, i18n, tasks, notifier,
                new LazySecretStore(ws.dir().resolve("secrets.properties"), ws.dir().toAbsolutePath().toString()),
                browser);
    }

    private static int parse(String minutes) {
        try {
            return Math.max(0, Integer.parseInt(minutes.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_GRACE_MINUTES;
        }
    }

    /**
     * Off the FX thread: the local sandbox account on first run (its server again later), one round at once (a note
     * missed while the studio was closed is published within the grace window, or marked missed and shown), then the
     * scheduler.
     */
    public void start() {
        start(() -> { });
    }

    /** As {@link #start()}; {@code withAccount} runs on that thread once the local account exists, before the round. */
    public void start(Runnable withAccount) {
        tasks.quietly(p -> {
            SyncAccount local = service.ensureLocalSandbox(i18n.get("sync.connect.browserDone"));
            if (local != null) {
                sandbox.start();
            }
            withAccount.run();
            service.round();
            return service.anyMissed();
        }, missed -> {
            if (missed) {
                notifier.warn(i18n.get("sync.missed.notice"));
            }
            vm.refresh();
            scheduler.wake();
        }, e -> {
            notifier.error(i18n.get("sync.start.failed"), e);
            scheduler.wake();
        });
    }

    /**
     * Connects the pulls (every 15 min, each active account) to the stores that keep their data: the dashboard's
     * statistics and daily figures, the stock ledger's orders. Null parts are not pulled.
     */
    public void connectPullSinks(com.hongshu.studio.core.sync.PullSinks.NoteStatsSink stats,
                                 com.hongshu.studio.core.sync.PullSinks.DailyFiguresSink daily,
                                 com.hongshu.studio.core.sync.PullSinks.OrderSink orders) {
        service.connect(new SyncService.Sinks(stats, daily, orders));
        scheduler.wake();
    }

    /**
     * How another feature (products: create, update, price, availability, stock) queues its pushes: in the transaction
     * that saves its change, {@code repository().enqueue(connection, NewOperation.of(accountId, kind, "product", id,
     * codec().encode(new Payloads.Stock(erpCode, total))))}, then {@code wake()} after the commit.
     */
    public record Outbox(SqliteOutboxRepository repository, com.hongshu.studio.core.sync.PayloadCodec codec,
                         Runnable wake) {
    }

    public Outbox outbox() {
        return outboxAccess;
    }

    /** {@code listener} runs on the FX thread after sync changed notes' statuses (published, failed, ...). */
    public void onNotesChanged(Runnable listener) {
        service.onNotesChanged(() -> tasks.quietly(p -> null, done -> listener.run(), e -> { }));
    }

    public NotePublishing publishing() {
        return publishing;
    }

    public SyncViewModel viewModel() {
        return vm;
    }

    /** The in-process sandbox of the local account (tests reach its control plane through it). */
    LocalSandbox localSandbox() {
        return sandbox;
    }

    /** Runs one round on the calling thread (tests). */
    Duration runRound() {
        return service.round();
    }

    public Node view() {
        return new SyncView(vm, i18n, browser).build();
    }

    public void refresh() {
        vm.refresh();
    }

    /** The status-bar badge: how many operations wait for the user. */
    public Node badge() {
        Label badge = new Label();
        badge.setId("sync-badge");
        badge.setGraphic(Icons.of(Material2OutlinedMZ.SYNC_PROBLEM));
        badge.textProperty().bind(vm.needsUser().asString());
        badge.visibleProperty().bind(vm.needsUser().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setTooltip(new Tooltip(i18n.get("sync.badge.tooltip")));
        badge.getStyleClass().add("danger");
        return badge;
    }

    @Override
    public void close() {
        scheduler.close();
        sandbox.close();
    }
}
