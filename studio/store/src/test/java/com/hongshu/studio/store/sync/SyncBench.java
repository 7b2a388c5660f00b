package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.store.sync.FakePlatform.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sync.fake.*: 1,000 notes (3 images each) with 5% faults, rate limits off, through
 * the engine and a real SQLite file — against the in-memory fake platform (the end-to-end figure against the sandbox
 * is app/sync/SandboxSyncBench).
 */
@Tag("bench")
class SyncBench {

    @TempDir
    Path dir;

    @Test
    void notesWithFaults() throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue("sync.".startsWith(only) || only.startsWith("sync."), "not selected by -Dbench");
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int notes = Math.max(10, (int) Math.round(1000 * scale));
        List<Fault> faults = Arrays.stream(Fault.values())
                .filter(f -> f != Fault.THROTTLE && f != Fault.DAILY_CAP).toList();

        run(notes / 10, faults, 0); // warm-up
        List<FaultCampaign.Result> runs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            runs.add(run(notes, faults, i));
        }
        int duplicates = runs.stream().mapToInt(FaultCampaign.Result::duplicates).max().orElseThrow();
        int lost = runs.stream().mapToInt(r -> r.lost() + r.stillLive()).max().orElseThrow();
        double perSecond = runs.stream().mapToDouble(FaultCampaign.Result::operationsPerSecond).sorted()
                .toArray()[runs.size() / 2];
        System.out.println("BENCH sync.fake.duplicates " + duplicates + " count");
        System.out.println("BENCH sync.fake.lost " + lost + " count");
        System.out.printf("BENCH sync.fake.notes_per_s %.1f notes/s%n", perSecond);
        assertThat(duplicates).isZero();
        assertThat(lost).isZero();
    }

    private FaultCampaign.Result run(int notes, List<Fault> faults, long seed) throws Exception {
        Path runDir = Files.createDirectories(dir.resolve("run-" + seed));
        return FaultCampaign.run(runDir, new FaultCampaign.Settings(seed, notes, false, true, faults, 0.05, 0.0, 3));
    }
}
