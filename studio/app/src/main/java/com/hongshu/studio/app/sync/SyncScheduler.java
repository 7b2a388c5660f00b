package com.hongshu.studio.app.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one background thread that drives the sync engine: runs a round now when woken (right after an enqueue),
 * otherwise when the round before asked for it (a few seconds at most). Never the FX thread; stopped on close.
 */
final class SyncScheduler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SyncScheduler.class.getName());

    private final Supplier<Duration> round;
    private final Duration onFailure;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setName("studio-sync");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> next;
    private boolean closed;

    /** {@code round} does one round of work and answers how long to wait before the next one. */
    SyncScheduler(Supplier<Duration> round, Duration onFailure) {
        this.round = round;
        this.onFailure = onFailure;
    }

    /** A round as soon as the thread is free. */
    synchronized void wake() {
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (closed) {
            return;
        }
        if (next != null && delay.isZero()) {
            next.cancel(false);
        }
        next = executor.schedule(this::run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void run() {
        Duration delay;
        try {
            delay = round.get();
        } catch (RuntimeException e) {
            // e.g. the database stayed locked: an operation left in flight is read back after its lease, never resent
            LOG.log(System.Logger.Level.WARNING, "sync round failed; trying again in " + onFailure, e);
            delay = onFailure;
        }
        synchronized (this) {
            if (!closed) {
                next = executor.schedule(this::run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
