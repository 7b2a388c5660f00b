package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sync.duplicates, sync.lost, sync.notes_per_s: 1,000 notes with three pictures each through the engine, the real
 * client and the in-process sandbox on loopback (rate limits off, 5% injected faults, idempotency off like the real
 * platform), over a real workspace database file.
 */
@Tag("bench")
class SandboxSyncBench {

    @TempDir
    Path dir;

    @Test
    void notesThroughTheSandboxWithFaults() throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue("sync.".startsWith(only) || only.startsWith("sync."), "not selected by -Dbench");
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int notes = Math.max(10, (int) Math.round(1000 * scale));
        run(Math.max(10, notes / 10), 0); // warm-up
        List<SandboxCampaign.Result> runs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            runs.add(run(notes, i));
        }
        int duplicates = runs.stream().mapToInt(SandboxCampaign.Result::duplicates).max().orElseThrow();
        int lost = runs.stream().mapToInt(SandboxCampaign.Result::lost).max().orElseThrow();
        double perSecond = runs.stream().mapToDouble(SandboxCampaign.Result::notesPerSecond).sorted()
                .toArray()[runs.size() / 2];
        System.out.println("BENCH sync.duplicates " + duplicates + " count");
        System.out.println("BENCH sync.lost " + lost + " count");
        System.out.printf("BENCH sync.notes_per_s %.1f notes/s%n", perSecond);
        assertThat(duplicates).isZero();
        assertThat(lost).isZero();
    }

    private SandboxCampaign.Result run(int notes, long seed) throws Exception {
        Path runDir = Files.createDirectories(dir.resolve("run-" + seed));
        return SandboxCampaign.run(runDir, new SandboxCampaign.Settings(seed, notes, 3, false, 0.05, 0.0));
    }
}
