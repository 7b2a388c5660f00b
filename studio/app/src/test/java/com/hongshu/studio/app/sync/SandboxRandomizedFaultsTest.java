package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A small randomized campaign against the sandbox, with crashes, in both idempotency modes. */
class SandboxRandomizedFaultsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "idempotency {0}")
    @ValueSource(booleans = {true, false})
    void noDuplicateAndNothingLost(boolean idempotency) {
        SandboxCampaign.Result r = SandboxCampaign.run(dir,
                new SandboxCampaign.Settings(idempotency ? 21 : 22, 60, 2, idempotency, 0.15, 0.05));
        assertThat(r.faultsFired()).as("faults injected").isGreaterThan(5);
        assertThat(r.crashes()).as("crashes").isGreaterThan(0);
        assertThat(r.duplicates()).isZero();
        assertThat(r.lost()).isZero();
    }
}
