package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

public interface SyncAccountRepository {

    /**
     * Adds the account with {@code zone}, or updates the name of the one with the same app and seller id (connecting
     * again keeps the zone the user chose for it).
     */
    SyncAccount upsert(String appId, String sellerId, String displayName, ZoneId zone, Instant now);

    Optional<SyncAccount> find(long id);

    List<SyncAccount> all();

    /** Opens the circuit with a reason in plain words; false if the account does not exist. */
    boolean pause(long id, AccountState state, String reason, Instant now);

    /** Closes the circuit; false if it was not paused. */
    boolean resume(long id, Instant now);

    void markSynced(long id, Instant now);

    /** The zone the account's times are read and shown in; false if the account does not exist. */
    boolean setZone(long id, ZoneId zone, Instant now);
}
