package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A connected platform account (seller) and its circuit state. */
public record SyncAccount(long id, String appId, String sellerId, String displayName, ZoneId zone,
                          AccountState state, String pauseReason, Instant pausedAt, Instant lastSyncAt) {

    public SyncAccount {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(state, "state");
    }

    public boolean paused() {
        return state != AccountState.ACTIVE;
    }
}
