package com.hongshu.studio.app.sync;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.OutboxRepository;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.store.notes.NoteSyncStatus;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync screen: the queue with each operation's state and error in plain words, retry now and cancel; each
 * account's status with resume; notes that need the user; the count for the status-bar badge.
 */
public final class SyncViewModel {

    static final int QUEUE_ROWS = 200;
    /** Operations that wait for the user; the badge counts them. */
    static final Set<OperationStatus> NEEDS_USER = EnumSet.of(OperationStatus.NEEDS_USER, OperationStatus.FAILED,
            OperationStatus.MISSED, OperationStatus.UNCONFIRMED);

    public record OperationRow(long id, String what, String state, String error, String account, String updated,
                               OperationStatus status, boolean retryable, boolean cancellable) {
    }

    public record AccountRow(long id, String name, String state, String reason, String lastSync, boolean paused,
                             String zone) {
    }

    public record AttentionRow(long noteId, String title, String state, String message) {
    }

    /** Connects an account (blocking; runs off the FX thread). */
    public interface Connector {
        SyncAccount connect(URI endpoint, String appId, String appSecret, Consumer<URI> browser) throws Exception;
    }

    private record Snapshot(List<Operation> ops, Map<OperationStatus, Integer> counts, List<SyncAccount> accounts,
                            List<NoteSyncStatus.Attention> attention) {
    }

    private final OutboxRepository outbox;
    private final SyncAccountRepository accountsRepo;
    private final NoteSyncStatus notes;
    private final SyncEngine engine;
    private final Runnable wake;
    private final Connector connector;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final ObservableList<OperationRow> queue = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    private final ObservableList<AttentionRow> attention = FXCollections.observableArrayList();
    private final IntegerProperty needsUser = new SimpleIntegerProperty();
    private Runnable onZoneChanged = () -> { };
    private java.util.function.LongConsumer beforeResume = id -> { };
    private final IntegerProperty graceMinutes = new SimpleIntegerProperty(SyncModule.DEFAULT_GRACE_MINUTES);
    private com.hongshu.studio.core.workspace.SettingsRepository settings;

    public SyncViewModel(OutboxRepository outbox, SyncAccountRepository accounts, NoteSyncStatus notes,
                         SyncEngine engine, Runnable wake, Connector connector, TaskRunner tasks, Notifier notifier,
                         I18n i18n, java.time.Clock clock) {
        this.outbox = outbox;
        this.accountsRepo = accounts;
        this.notes = notes;
        this.engine = engine;
        this.wake = wake;
        this.connector = connector;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    public ObservableList<OperationRow> queue() {
        return queue;
    }

    public ObservableList<AccountRow> accounts() {
        return accounts;
    }

    public ObservableList<AttentionRow> attention() {
        return attention;
    }

    /** Operations waiting for the user (failed, missed, unconfirmed, paused account). */
    public IntegerProperty needsUser() {
        return needsUser;
    }

    /** Minutes after its time within which a note missed while the studio was closed still goes out. */
    public IntegerProperty graceMinutes() {
        return graceMinutes;
    }

    /** Where the grace window is kept (the workspace settings); read on refresh. */
    void useSettings(com.hongshu.studio.core.workspace.SettingsRepository workspaceSettings) {
        this.settings = workspaceSettings;
    }

    /** Saves the grace window; it applies from the next start of the studio. */
    public void saveGraceMinutes(int minutes) {
        if (settings == null || minutes < 0) {
            return;
        }
        com.hongshu.studio.core.workspace.SettingsRepository target = settings;
        tasks.quietly(p -> {
            target.put(SyncModule.GRACE_MINUTES, String.valueOf(minutes));
            return minutes;
        }, graceMinutes::set, e -> notifier.error(i18n.get("sync.action.failed"), e));
    }

    public void refresh() {
        if (settings != null) {
            com.hongshu.studio.core.workspace.SettingsRepository source = settings;
            tasks.quietly(p -> source.get(SyncModule.GRACE_MINUTES, String.valueOf(SyncModule.DEFAULT_GRACE_MINUTES)),
                    text -> {
                        try {
                            graceMinutes.set(Integer.parseInt(text.strip()));
                        } catch (NumberFormatException e) {
                            graceMinutes.set(SyncModule.DEFAULT_GRACE_MINUTES);
                        }
                    }, e -> { });
        }
        tasks.quietly(p -> new Snapshot(outbox.list(OutboxQuery.all(QUEUE_ROWS)), outbox.countByStatus(),
                        accountsRepo.all(), notes.needingAttention(100)), this::show,
                e -> notifier.error(i18n.get("sync.load.failed"), e));
    }

    private void show(Snapshot s) {
        Map<Long, String> names = new java.util.HashMap<>();
        s.accounts().forEach(a -> names.put(a.id(), a.displayName()));
        queue.setAll(s.ops().stream().map(op -> row(op, names.getOrDefault(op.accountId(), ""))).toList());
        accounts.setAll(s.accounts().stream().map(this::row).toList());
        attention.setAll(s.attention().stream().map(a -> new AttentionRow(a.noteId(),
                a.title() == null || a.title().isBlank() ? i18n.get("sync.note.untitled") : a.title(),
                i18n.get("notes.status." + a.status().name()), a.message() == null ? "" : a.message())).toList());
        needsUser.set(NEEDS_USER.stream().mapToInt(st -> s.counts().getOrDefault(st, 0)).sum());
    }

    OperationRow row(Operation op, String account) {
        String what = i18n.format("sync.kind." + op.kind().name(), op.aggregateId());
        return new OperationRow(op.id(), what, i18n.get("sync.status." + op.status().name()), error(op), account,
                when(op.updatedAt()), op.status(), OperationStatus.RETRYABLE_BY_USER.contains(op.status()),
                OperationStatus.CANCELLABLE.contains(op.status()) && !op.maybeExecuted());
    }

    private AccountRow row(SyncAccount a) {
        return new AccountRow(a.id(), a.displayName(), i18n.get("sync.account." + a.state().name()),
                a.pauseReason() == null ? "" : a.pauseReason(),
                a.lastSyncAt() == null ? i18n.get("sync.account.never") : when(a.lastSyncAt()), a.paused(),
                a.zone().getId());
    }

    /** The error in plain words in the user's language; the platform's detail after it when it says what to fix. */
    String error(Operation op) {
        if (op.lastErrorCode() == null || op.status() == OperationStatus.SUCCEEDED) {
            return "";
        }
        String key = "sync.error." + op.lastErrorCode();
        String words = i18n.get(key);
        if (words.equals(key) || words.startsWith("!")) {
            words = i18n.get("sync.error.OTHER");
        }
        boolean detail = op.lastErrorMessage() != null && (op.lastErrorCode().equals("VALIDATION")
                || op.lastErrorCode().equals("AUTH_NEEDS_USER") || op.lastErrorCode().equals("RISK_CONTROL")
                || op.lastErrorCode().equals("MATERIAL_REJECTED"));
        return detail ? words + " (" + op.lastErrorMessage() + ")" : words;
    }

    private String when(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(zone).format(t);
    }

    public void retry(long operationId) {
        act(() -> engine.retryNow(operationId), "sync.retry.done", "sync.retry.refused");
    }

    public void cancel(long operationId) {
        act(() -> engine.cancel(operationId), "sync.cancel.done", "sync.cancel.refused");
    }

    /** Runs in the background before an account resumes (the local sandbox account authorizes itself again). */
    void beforeResume(java.util.function.LongConsumer action) {
        this.beforeResume = action;
    }

    /** After the user reconnected or verified the account on the platform. */
    public void resume(long accountId) {
        act(() -> {
            beforeResume.accept(accountId);
            engine.resumeAccount(accountId);
            return true;
        }, "sync.resume.done", "sync.resume.done");
    }

    /**
     * Sets the zone the account's times are read and shown in (calendar, scheduling); a name that is not a time zone
     * is refused with a message and changes nothing.
     */
    public void setZone(long accountId, String zoneId) {
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(zoneId == null ? "" : zoneId.strip());
        } catch (java.time.DateTimeException e) {
            notifier.warn(i18n.format("accounts.sync.zoneBad", zoneId == null ? "" : zoneId));
            refresh();
            return;
        }
        boolean same = accounts.stream().anyMatch(a -> a.id() == accountId && a.zone().equals(zone.getId()));
        if (same) {
            return;
        }
        tasks.quietly(p -> accountsRepo.setZone(accountId, zone, clock.instant()), ok -> {
            if (ok) {
                notifier.success(i18n.format("accounts.sync.zoneDone", zone.getId()));
                onZoneChanged.run();
            }
            refresh();
        }, e -> notifier.error(i18n.get("sync.action.failed"), e));
    }

    /** Runs (on the FX thread) after an account's zone changed: an open note's schedule is read in it. */
    public void onZoneChanged(Runnable listener) {
        this.onZoneChanged = listener;
    }

    /** Sync now: a round at once. */
    public void syncNow() {
        wake.run();
    }

    private void act(java.util.function.BooleanSupplier action, String done, String refused) {
        tasks.quietly(p -> action.getAsBoolean(), ok -> {
            if (ok) {
                notifier.info(i18n.get(done));
                wake.run();
            } else {
                notifier.warn(i18n.get(refused));
            }
            refresh();
        }, e -> notifier.error(i18n.get("sync.action.failed"), e));
    }

    /** Runs the authorize flow in {@code browser}; bad input gets a plain message and changes nothing. */
    public void connect(String endpoint, String appId, String appSecret, Consumer<URI> browser) {
        URI uri;
        try {
            uri = URI.create(endpoint.strip());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException(endpoint);
            }
        } catch (IllegalArgumentException e) {
            notifier.warn(i18n.get("sync.connect.badEndpoint"));
            return;
        }
        if (appId == null || appId.isBlank() || appSecret == null || appSecret.isBlank()) {
            notifier.warn(i18n.get("sync.connect.missing"));
            return;
        }
        tasks.submit(i18n.get("sync.connect.running"), p -> {
            SyncAccount account = connector.connect(uri, appId.strip(), appSecret.strip(), browser);
            engine.resumeAccount(account.id()); // reconnecting a paused account closes its circuit
            return account;
        }, account -> {
                    notifier.success(i18n.format("sync.connect.done", account.displayName()));
                    wake.run();
                    refresh();
                }, e -> notifier.error(i18n.get("sync.connect.failed"), e));
    }
}
