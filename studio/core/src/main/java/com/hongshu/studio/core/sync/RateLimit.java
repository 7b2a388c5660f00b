package com.hongshu.studio.core.sync;

import java.time.Instant;

/** A remembered rate limit: nothing in {@code scope} is sent before {@code until}. */
public record RateLimit(RateScope scope, Instant until, String reason) {
}
