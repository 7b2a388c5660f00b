package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.util.List;

/** Rate limits remembered across restarts, so queued work waits instead of each operation hitting 429. */
public interface RateLimitRepository {

    /** Remembers the limit; an existing later {@code until} for the same scope is kept. */
    void limit(RateScope scope, Instant until, String reason);

    /** Limits still in force at {@code now}. */
    List<RateLimit> active(Instant now);
}
