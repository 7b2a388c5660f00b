package com.hongshu.studio.core.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter; a server-given wait is a floor the jitter is added on top of. */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The ceiling of the jitter for attempt {@code n} (0-based): min(cap, base * 2^n). */
    public Duration ceiling(int n) {
        int shift = Math.max(0, Math.min(n, 30));
        long ms = base.toMillis() << shift;
        return Duration.ofMillis(Math.min(cap.toMillis(), ms < 0 ? Long.MAX_VALUE : ms));
    }

    /**
     * The wait before attempt {@code n + 1}: uniformly random in [0, ceiling(n)], plus {@code floor} (Retry-After, a
     * minimum read-back delay) when given. Adding rather than taking the maximum keeps operations that got the same
     * floor from coming back in lockstep.
     */
    public Duration delay(int n, Duration floor) {
        long jitter = random.nextLong(ceiling(n).toMillis() + 1);
        long min = floor == null || floor.isNegative() ? 0 : floor.toMillis();
        return Duration.ofMillis(min + jitter);
    }

    /** A random share of {@code spread}, to release a held-back queue gradually. */
    public Duration spread(Duration spread) {
        return Duration.ofMillis(random.nextLong(Math.max(1, spread.toMillis()) + 1));
    }
}
