package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

public interface SyncAccountRepository {

    /** Adds the account, or updates name and zone of the one with the same app and seller id. */
    SyncAccount upsert(String appId, String sellerId, String displayName, ZoneId zone, Instant now);

    Optional<SyncAccount> find(long id);

    List<SyncAccount> all();

    /** Opens the circuit with a reason in plain words; false if the account does not exist. */
    boolean pause(long id, AccountState state, String reason, Instant now);

    /** Closes the circuit; false if it was not paused. */
    boolean resume(long id, Instant now);

    void markSynced(long id, Instant now);
}
