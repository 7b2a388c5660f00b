package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.store.sync.FakePlatform.Fault;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 1,000 operations (notes — some scheduled up to 20 days ahead —, products, stock, prices, availability on shared
 * SKUs) through the engine while the platform injects 5% faults of every kind — lost replies, drops, 5xx, 1402/1401,
 * throttles, daily caps, risk control, revoked auth, validation, false success, HTML replies, expired media, failed
 * read-backs — and the app dies on 2% of calls before or after the platform committed. Deterministic (seeded;
 * {@code -Dsync.fault.seed=N} explores other runs). At the end: no object twice on the platform, none lost, every
 * object holds its latest value.
 */
class RandomizedFaultTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void noDuplicateAndNothingLostUnderFaultsAndCrashes(boolean idempotency) {
        long seed = Long.getLong("sync.fault.seed", 20261124L);
        FaultCampaign.Result r = FaultCampaign.run(dir, new FaultCampaign.Settings(seed, 1000, idempotency, false,
                Arrays.asList(Fault.values()), 0.05, 0.02, 2));

        System.out.printf("randomized (seed %d, idempotency %s): %d restarts, faults %s, %d writes applied,"
                + " %d read-backs, %s simulated%n", seed, idempotency, r.restarts(), r.faults(), r.writes(),
                r.readBacks(), r.simulated());
        assertThat(r.enqueued()).isEqualTo(1000);
        assertThat(r.duplicates()).as("objects on the platform twice").isZero();
        assertThat(r.lost()).as("objects lost").isZero();
        assertThat(r.wrongValues()).as("objects not holding their latest value").isZero();
        assertThat(r.stillLive()).as("operations still under way").isZero();
        assertThat(r.violations()).isEmpty();
        assertThat(r.restarts()).as("the engine was killed along the way").isGreaterThanOrEqualTo(10);
    }
}
