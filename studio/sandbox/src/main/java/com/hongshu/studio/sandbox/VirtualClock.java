package com.hongshu.studio.sandbox;

/**
 * The sandbox's business time (token lifetimes, schedules, review, counters). It runs with the wall clock plus an
 * offset, or stands still when frozen; tests move it through {@code /__sandbox/clock}.
 */
final class VirtualClock {
    private long base;
    private long baseNanos;
    private boolean frozen;

    VirtualClock(long startMs, boolean frozen) {
        this.base = startMs;
        this.baseNanos = System.nanoTime();
        this.frozen = frozen;
    }

    synchronized long now() {
        return frozen ? base : base + (System.nanoTime() - baseNanos) / 1_000_000;
    }

    synchronized void set(long ms) {
        base = ms;
        baseNanos = System.nanoTime();
    }

    synchronized void advance(long ms) {
        set(now() + ms);
    }

    synchronized void freeze(boolean on) {
        long current = now();
        frozen = on;
        set(current);
    }

    synchronized boolean frozen() {
        return frozen;
    }
}
