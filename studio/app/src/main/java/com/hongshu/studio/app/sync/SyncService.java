package com.hongshu.studio.app.sync;

import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.RunResult;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.platform.Notes;
import com.hongshu.studio.platform.PlatformException;
import com.hongshu.studio.store.notes.NoteSyncStatus;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One round of sync work, run by the {@link SyncScheduler}: the engine until nothing is due (a bounded batch), the
 * notes' statuses after it, now and then a look at the review of published notes. Blocking; thread-agnostic.
 */
final class SyncService {

    private static final System.Logger LOG = System.getLogger(SyncService.class.getName());
    static final int BATCH = 50;
    static final Duration TICK = Duration.ofSeconds(5);
    static final Duration REVIEW_EVERY = Duration.ofMinutes(1);

    private final SyncEngine engine;
    private final SqliteOutboxRepository outbox;
    private final SyncAccountRepository accounts;
    private final NoteSyncStatus notes;
    private final AccountDirectory directory;
    private final Clock clock;
    static final Duration PULL_EVERY = Duration.ofMinutes(15);
    /** A pull that failed (the platform or the local sandbox not up yet) is tried again this soon. */
    static final Duration PULL_RETRY = Duration.ofMinutes(1);

    private volatile Runnable onChange = () -> { };
    private Instant lastReview = Instant.EPOCH;
    /** When each account is next due a pull: an account connected later is pulled at once, not up to 15 min on. */
    private final java.util.Map<Long, Instant> nextPull = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Sinks sinks;
    private final com.hongshu.studio.platform.sync.Pulls pulls;

    /** Where pulled data goes; null parts are not pulled. */
    record Sinks(com.hongshu.studio.core.sync.PullSinks.NoteStatsSink stats,
                 com.hongshu.studio.core.sync.PullSinks.DailyFiguresSink daily,
                 com.hongshu.studio.core.sync.PullSinks.OrderSink orders) {
    }

    SyncService(SyncEngine engine, SqliteOutboxRepository outbox, SyncAccountRepository accounts,
                NoteSyncStatus notes, AccountDirectory directory, com.hongshu.studio.platform.sync.Pulls pulls,
                Clock clock) {
        this.pulls = pulls;
        this.engine = engine;
        this.outbox = outbox;
        this.accounts = accounts;
        this.notes = notes;
        this.directory = directory;
        this.clock = clock;
    }

    void connect(Sinks newSinks) {
        this.sinks = newSinks;
        nextPull.clear();
    }

    private volatile Runnable onNotesChanged = () -> { };

    void onNotesChanged(Runnable listener) {
        this.onNotesChanged = listener;
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    SyncEngine engine() {
        return engine;
    }

    /** On first run, the local sandbox account; afterwards its server is started again if it has one. */
    SyncAccount ensureLocalSandbox(String page) throws IOException {
        for (SyncAccount a : accounts.all()) {
            if (directory.isLocalSandbox(a.id())) {
                return a;
            }
        }
        if (!accounts.all().isEmpty()) {
            return null;
        }
        return directory.connectLocalSandbox(page);
    }

    /** One round; answers the wait before the next. */
    synchronized Duration round() {
        int handled = 0;
        Set<Long> synced = new HashSet<>();
        boolean more = false;
        for (int i = 0; i < BATCH; i++) {
            RunResult r = engine.runOnce();
            if (r.idle()) {
                break;
            }
            handled++;
            if (r.status() == OperationStatus.SUCCEEDED) {
                outbox.find(r.operationId()).map(Operation::accountId).ifPresent(synced::add);
            }
            more = i == BATCH - 1;
        }
        Instant now = clock.instant();
        synced.forEach(id -> accounts.markSynced(id, now));
        int changed = notes.reconcile();
        if (Duration.between(lastReview, now).compareTo(REVIEW_EVERY) >= 0) {
            lastReview = now;
            changed += checkReviews();
        }
        Sinks target = sinks;
        int pulled = target == null ? 0 : pull(target, now);
        if (changed > 0) {
            onNotesChanged.run();
        }
        if (handled > 0 || changed > 0 || pulled > 0) {
            onChange.run();
        }
        if (more) {
            return Duration.ZERO;
        }
        return outbox.nextWakeUp().map(t -> Duration.between(now, t)).filter(d -> d.compareTo(TICK) < 0)
                .map(d -> d.isNegative() ? Duration.ZERO : d).orElse(TICK);
    }

    /**
     * Each active account due a pull: its statistics, daily figures and orders into the sinks; a failure is tried
     * again after {@link #PULL_RETRY}. An account whose pull completed counts as synced at {@code now}; answers how
     * many did.
     */
    int pull(Sinks target, Instant now) {
        int completed = 0;
        for (SyncAccount account : accounts.all()) {
            if (account.paused() || now.isBefore(nextPull.getOrDefault(account.id(), Instant.EPOCH))) {
                continue;
            }
            nextPull.put(account.id(), now.plus(PULL_RETRY));
            try {
                if (target.stats() != null) {
                    pulls.noteStats(account.id(), target.stats());
                }
                if (target.daily() != null) {
                    pulls.dailyFigures(account.id(), account.zone(), target.daily());
                }
                if (target.orders() != null) {
                    pulls.orders(account.id(), target.orders());
                }
                accounts.markSynced(account.id(), now);
                nextPull.put(account.id(), now.plus(PULL_EVERY));
                completed++;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "pull of account " + account.id() + " stopped; next time it"
                        + " resumes from its stored cursor", e);
            }
        }
        return completed;
    }

    /** A published note the platform's review rejected later is shown as such, with its reason. */
    int checkReviews() {
        int changed = 0;
        for (NoteSyncStatus.RemoteNote n : notes.onPlatform(50)) {
            try {
                Notes.Note remote = directory.client(n.accountId()).getNote(n.remoteId());
                if ("REJECTED".equals(remote.status())) {
                    notes.markRejected(n.noteId(), remote.rejectReason());
                    changed++;
                }
            } catch (PlatformException e) {
                LOG.log(System.Logger.Level.DEBUG, "review of note {0} not read: {1}", n.noteId(), e.getMessage());
            }
        }
        return changed;
    }

    boolean anyMissed() {
        return notes.needingAttention(100).stream().anyMatch(a -> a.status() == NoteStatus.MISSED);
    }
}
